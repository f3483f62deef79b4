package se.samordna.county;

import io.quarkus.panache.common.Parameters;
import java.text.Normalizer;
import java.util.Locale;
import java.util.StringJoiner;
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
     * The condition that {@code q} occurs in one of {@code columns}, case-insensitively, written either way Unicode
     * lets a Swedish letter be written: composed (å as one code point, as keyboards type it) or decomposed (a and a
     * combining ring, as some systems save pasted text). Text is stored as given (DESIGN), so a name stored one way is
     * found by {@code q} typed the other; a {@code q} without such letters is one LIKE per column, as before.
     */
    public static CountyResourceService.Condition condition(String q, String... columns) {
        String composed = pattern(Normalizer.normalize(q, Normalizer.Form.NFC));
        String decomposed = pattern(Normalizer.normalize(q, Normalizer.Form.NFD));
        boolean both = !composed.equals(decomposed);
        StringJoiner any = new StringJoiner(" or ", "(", ")");
        for (String column : columns) {
            any.add("lower(" + column + ") like :q escape '\\'");
            if (both) {
                any.add("lower(" + column + ") like :qDecomposed escape '\\'");
            }
        }
        Parameters parameters = Parameters.with("q", composed);
        if (both) {
            parameters.and("qDecomposed", decomposed);
        }
        return new CountyResourceService.Condition(any.toString(), parameters);
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
