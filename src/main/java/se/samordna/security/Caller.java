package se.samordna.security;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import java.util.EnumSet;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;
import org.eclipse.microprofile.jwt.JsonWebToken;

/** The caller of this request as its access token describes it: who, through which client, with which roles. */
@RequestScoped
public class Caller {

    public static final String NATIONAL_ANALYST = "national-analyst";
    public static final String ADMIN = "admin";

    private final SecurityIdentity identity;
    private SortedMap<String, Set<CountyRole>> counties;

    Caller(SecurityIdentity identity) {
        this.identity = identity;
    }

    public boolean isAnonymous() {
        return identity.isAnonymous();
    }

    public String subject() {
        return claim("sub", identity.getPrincipal().getName());
    }

    /** The person's user name, or the service account's. */
    public String name() {
        return claim("preferred_username", identity.getPrincipal().getName());
    }

    public String displayName() {
        return claim("name", name());
    }

    /** The OIDC client the token was issued to ({@code azp}). */
    public String client() {
        return claim("azp", null);
    }

    public Set<String> roles() {
        return new TreeSet<>(identity.getRoles());
    }

    public boolean hasRole(String role) {
        return identity.hasRole(role);
    }

    /** Each county the caller holds a role in, with those roles. */
    public SortedMap<String, Set<CountyRole>> counties() {
        if (counties == null) {
            SortedMap<String, Set<CountyRole>> byCounty = new TreeMap<>();
            for (String role : identity.getRoles()) {
                CountyRole.parse(role).ifPresent(grant -> byCounty
                        .computeIfAbsent(grant.countyCode(), cc -> EnumSet.noneOf(CountyRole.class))
                        .add(grant.role()));
            }
            counties = byCounty;
        }
        return counties;
    }

    public Set<CountyRole> rolesIn(String countyCode) {
        return counties().getOrDefault(countyCode, Set.of());
    }

    private String claim(String name, String fallback) {
        if (identity.getPrincipal() instanceof JsonWebToken jwt) {
            Object value = jwt.getClaim(name);
            if (value != null) {
                return value.toString();
            }
        }
        return fallback;
    }
}
