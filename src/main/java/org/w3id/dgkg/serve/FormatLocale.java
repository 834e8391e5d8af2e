package org.w3id.dgkg.serve;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.text.NumberFormat;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The server's default format locale: {@code en_US} where that writes numbers exactly as the
 * machine's locale does. Fuseki formats the time of every request it answers
 * ({@code String.format("%,d ms")} in {@code ActionExecLib.logResponse}, whether or not the line is
 * logged), and the JDK's {@code Formatter} looks up the locale's digits, separators and grouping
 * afresh for each call unless the locale is {@code en_US} ({@code DecimalFormatSymbols} and
 * {@code NumberFormat} built per call): 5-6% of the server's CPU samples for a small query (JFR,
 * the library's {@code documents}, 1 client) and more of an empty one, on a machine whose locale is
 * plain {@code en} (from {@code LANG=C.UTF-8}). Locales that write numbers differently ({@code
 * de_DE}: {@code 1.234,5}) are left alone.
 */
final class FormatLocale {
    private static final Logger LOG = LoggerFactory.getLogger(FormatLocale.class);

    private FormatLocale() {}

    /** Sets the default format locale to {@code en_US} when {@link #writesNumbersAsUs} holds for the current one. */
    static void preferUs() {
        Locale current = Locale.getDefault(Locale.Category.FORMAT);
        if (!current.equals(Locale.US) && writesNumbersAsUs(current)) {
            Locale.setDefault(Locale.Category.FORMAT, Locale.US);
            LOG.debug("Default format locale {} -> {} (same digits and separators)", current, Locale.US);
        }
    }

    /**
     * Whether {@code locale} writes numbers as {@code en_US} does: the digits, separators, minus
     * sign, exponent and grouping size that {@code Formatter} and {@code NumberFormat} use
     * (currency symbols differ, and nothing in the server formats money).
     */
    static boolean writesNumbersAsUs(Locale locale) {
        DecimalFormatSymbols a = DecimalFormatSymbols.getInstance(locale), us = DecimalFormatSymbols.getInstance(Locale.US);
        return a.getZeroDigit() == us.getZeroDigit() && a.getGroupingSeparator() == us.getGroupingSeparator()
                && a.getDecimalSeparator() == us.getDecimalSeparator() && a.getMinusSign() == us.getMinusSign()
                && a.getPercent() == us.getPercent() && a.getPerMill() == us.getPerMill()
                && a.getExponentSeparator().equals(us.getExponentSeparator())
                && NumberFormat.getNumberInstance(locale) instanceof DecimalFormat d
                && NumberFormat.getNumberInstance(Locale.US) instanceof DecimalFormat u && d.getGroupingSize() == u.getGroupingSize();
    }
}
