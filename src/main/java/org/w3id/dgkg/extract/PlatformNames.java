package org.w3id.dgkg.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Platforms and the companies that own them, written in Latin letters after what describes them: 社交平台X,
 * 视频分享平台YouTube (a word of kind {@code platform} in {@code company-descriptors.tsv} right before the name),
 * Meta旗下的Instagram (a word of kind {@code subsidiary} between the owner and the name). The name is a company
 * (the ontology has no class of its own for a platform). A lone capital letter names a platform only right after
 * a platform word (平台X), where nothing else could stand; acronyms of two to four capitals (平台API, AI), a name
 * ending in a version number (Llama2, DHIS2: software, no company) and a name followed by a word that makes it a product (旗下的ChatGPT聊天机器人, kind {@code product-head}) name no company.
 */
final class PlatformNames {
    private PlatformNames() {}

    static final String RULE = "platform-name";

    private static final String LATIN = "[A-Za-z][A-Za-z0-9&]*(?:[ .\\-][A-Z][A-Za-z0-9&]*){0,2}";
    private static final Pattern ACRONYM = Pattern.compile("[A-Z]{2,4}");
    /** A determiner or measure word in front of the platform word: 该平台, 一家平台 speak of one named before. */
    private static final Pattern DESCRIBING_BEFORE = Pattern.compile("(?:家|个|该|这|那|某|各|其)$");

    private static Pattern after(String kind) {
        return Lexicon.cached(Lexicon.key("PlatformNames.after", kind, null, null), () -> Pattern.compile("(?:"
                + Lexicon.alternation(Lexicon.words("company-descriptors.tsv", "kind", kind)) + ")[ \\u2005]?(" + LATIN + ")(?![A-Za-z0-9])"));
    }

    /** The platforms and owned companies named in {@code text}, as companies. */
    static List<OrganisationFinder.Organisation> find(String text) {
        List<OrganisationFinder.Organisation> out = new ArrayList<>();
        collect(text, after("platform"), true, out);
        collect(text, after("subsidiary"), false, out);
        return out;
    }

    private static void collect(String text, Pattern p, boolean letterAlone, List<OrganisationFinder.Organisation> out) {
        Matcher m = p.matcher(text);
        while (m.find()) {
            String name = m.group(1).strip();
            int s = m.start(1);
            if (s > 0 && Gazetteer.isLatinOrDigit(text.charAt(s - 1)) || DESCRIBING_BEFORE.matcher(text.substring(0, m.start())).find())
                continue; // 该平台X…: the platform the text spoke of, then a letter
            boolean letter = name.length() == 1 && Character.isUpperCase(name.charAt(0));
            if (letter && !letterAlone || !letter && (name.length() < 2 || name.equals(name.toLowerCase())) || ACRONYM.matcher(name).matches()
                    || Character.isDigit(name.charAt(name.length() - 1)) || productAfter(text, s + name.length()))
                continue;
            out.add(new OrganisationFinder.Organisation(name, s, s + name.length(), "Company", RULE));
        }
    }

    private static boolean productAfter(String text, int end) {
        for (String w : Lexicon.words("company-descriptors.tsv", "kind", "product-head"))
            if (text.startsWith(w, end))
                return true;
        return false;
    }
}
