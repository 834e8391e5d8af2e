package org.w3id.dgkg.extract;

import java.util.regex.Pattern;

/** The object of a {@link Fact}: an entity, a date as precise as the text gives it, or a count. */
public sealed interface Value {
    /** The value as written in the graph's literal, or the entity's IRI. */
    String lexical();

    /** An entity, by IRI. */
    record EntityRef(String iri) implements Value {
        public EntityRef {
            if (iri == null || iri.isEmpty())
                throw new IllegalArgumentException("an entity value needs an IRI");
        }

        @Override
        public String lexical() {
            return iri;
        }
    }

    /** A date: YYYY, YYYY-MM or YYYY-MM-DD, with the precision the form says. */
    record Date(String lexical, Precision precision) implements Value {
        private static final Pattern YEAR = Pattern.compile("\\d{4}");
        private static final Pattern MONTH = Pattern.compile("\\d{4}-\\d{2}");
        private static final Pattern DAY = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

        public enum Precision { YEAR, MONTH, DAY }

        public Date {
            if (precision != of(lexical))
                throw new IllegalArgumentException("date " + lexical + " is not of precision " + precision);
        }

        /** The date written {@code value}, as precise as its form. */
        public static Date parse(String value) {
            return new Date(value, of(value));
        }

        private static Precision of(String value) {
            if (value == null)
                throw new IllegalArgumentException("no date");
            if (YEAR.matcher(value).matches())
                return Precision.YEAR;
            if (MONTH.matcher(value).matches())
                return Precision.MONTH;
            if (DAY.matcher(value).matches())
                return Precision.DAY;
            throw new IllegalArgumentException("not a date in the form YYYY, YYYY-MM or YYYY-MM-DD: " + value);
        }
    }

    /** A non-negative whole number (how many signed). */
    record Count(long value) implements Value {
        public Count {
            if (value < 0)
                throw new IllegalArgumentException("a count cannot be negative: " + value);
        }

        public static Count parse(String digits) {
            return new Count(Long.parseLong(digits));
        }

        @Override
        public String lexical() {
            return Long.toString(value);
        }
    }

    /** The IRI when this is an entity, else null. */
    default String entityIri() {
        return this instanceof EntityRef e ? e.iri() : null;
    }
}
