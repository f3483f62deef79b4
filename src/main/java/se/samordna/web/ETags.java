package se.samordna.web;

import java.util.regex.Pattern;

/** Versions as strong entity tags: version 3 is {@code "3"}. */
public final class ETags {

    public static final String IF_MATCH_DOC = "The ETag of the version you read, as sent (\"3\"); a stale one is "
            + "refused with 412, a weak (W/\"3\") or unquoted one with 400. "
            + "* matches whatever version is current.";

    /** What {@code If-Match: *} names: any current version of an object that exists. */
    public static final long ANY_VERSION = -1;

    private static final Pattern VERSION = Pattern.compile("[0-9]{1,18}");

    private ETags() {
    }

    public static String of(long version) {
        return "\"" + version + "\"";
    }

    /**
     * The version a client's {@code If-Match} names.
     *
     * @return the version, or {@link #ANY_VERSION} for {@code *}
     * @throws ProblemException 428 when absent, 400 when it is no version of ours
     */
    public static long expectedVersion(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank()) {
            throw ProblemException.ifMatchRequired();
        }
        String tag = ifMatch.trim();
        if (tag.equals("*")) {
            return ANY_VERSION;
        }
        // only our own strong tag, quoted: If-Match compares strongly (RFC 9110 13.1.1), so a weak W/"3" never
        // names a version, and an unquoted 3 is no entity tag at all
        if (tag.length() >= 2 && tag.startsWith("\"") && tag.endsWith("\"")) {
            tag = tag.substring(1, tag.length() - 1);
        } else {
            tag = "";
        }
        // digits only: "-1" is how ANY_VERSION is held, and must not pass as "*" (nor "+3" as "3")
        if (!VERSION.matcher(tag).matches()) {
            throw ProblemException.invalid("If-Match", "must be the ETag of a version, such as \"3\"");
        }
        return Long.parseLong(tag);
    }
}
