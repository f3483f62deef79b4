package se.samordna.security;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** What a caller is in one county, read from the client roles {@code county-CC-coordinator|member|importer}. */
public enum CountyRole {
    COORDINATOR, MEMBER, IMPORTER;

    private static final Pattern ROLE = Pattern.compile("county-(\\d{2})-(coordinator|member|importer)");

    /** A county code and the role held there. */
    public record Grant(String countyCode, CountyRole role) {
    }

    public static Optional<Grant> parse(String tokenRole) {
        Matcher m = ROLE.matcher(tokenRole);
        if (!m.matches()) {
            return Optional.empty();
        }
        return Optional.of(new Grant(m.group(1), valueOf(m.group(2).toUpperCase())));
    }
}
