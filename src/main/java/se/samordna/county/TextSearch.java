package se.samordna.county;

import java.util.Locale;

/** The {@code q=} parameter of lists: a case-insensitive substring match, with LIKE's wildcards taken literally. */
public final class TextSearch {

    private TextSearch() {
    }

    public static boolean present(String q) {
        return q != null && !q.isBlank();
    }

    /**
     * The LIKE pattern for {@code q}, in lower case. Java lowers it (Å to å) so that the database's own locale
     * does not matter; the columns searched are lowered under their Swedish ICU collation.
     */
    public static String pattern(String q) {
        String escaped = q.strip().toLowerCase(Locale.ROOT)
                .replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
        return "%" + escaped + "%";
    }
}
