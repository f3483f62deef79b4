package se.samordna.county;

import java.util.Locale;
import se.samordna.web.ProblemException;

/** The {@code q=} parameter of lists: a case-insensitive substring match, with LIKE's wildcards taken literally. */
public final class TextSearch {

    private TextSearch() {
    }

    /** The longest {@code q} a list takes (400 beyond); the spec states it on every {@code q}. */
    public static final int MAX_LENGTH = 200;

    /** Whether the list is to be searched: {@code q} has text; one longer than {@link #MAX_LENGTH} is a 400. */
    public static boolean present(String q) {
        // characters (code points), as the spec's maxLength counts them: an emoji is one
        if (q != null && q.codePointCount(0, q.length()) > MAX_LENGTH) {
            throw ProblemException.invalid("q", "must be at most " + MAX_LENGTH + " characters");
        }
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
