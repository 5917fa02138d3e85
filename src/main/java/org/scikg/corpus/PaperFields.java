package org.scikg.corpus;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** Small value clean-ups shared by the JSON Lines and CSV parsers. */
final class PaperFields {
    /** Between names: a comma (optionally followed by "and"), or a lone "and". */
    private static final Pattern AUTHOR_SEPARATOR = Pattern.compile("\\s*,\\s*(?:and\\s+)?|\\s+and\\s+");

    private PaperFields() {
    }

    /** The value stripped, or null when it is null or blank. */
    static String clean(String value) {
        if (value == null) return null;
        String stripped = value.strip();
        return stripped.isEmpty() ? null : stripped;
    }

    /** Splits {@code "A. Smith, B. Jones and C. Lee"} into three names; null gives an empty list. */
    static List<String> splitAuthors(String value) {
        List<String> names = new ArrayList<>();
        if (value == null) return names;
        for (String part : AUTHOR_SEPARATOR.split(value.strip())) {
            String name = clean(part);
            if (name != null) names.add(name);
        }
        return names;
    }
}
