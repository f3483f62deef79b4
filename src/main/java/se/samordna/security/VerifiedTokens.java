package se.samordna.security;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.logging.Log;
import io.quarkus.oidc.AccessTokenCredential;
import io.quarkus.oidc.TenantConfigResolver;
import io.quarkus.oidc.TenantResolver;
import io.quarkus.oidc.runtime.OidcUtils;
import io.quarkus.oidc.runtime.TenantConfigBean;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.jwt.Claims;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * The bearer tokens this instance has verified, each with the identity quarkus-oidc made of it, until the token
 * expires or for at most {@code samordna.auth.verified-tokens.lifetime} (5 minutes by default), whichever comes first.
 * <p>
 * Verifying a token is half of what a small request costs: its RSA signature, its JSON parsed twice, its roles. A
 * client sends the same token with every request until it fetches a new one, so the second request of a token and
 * every one after it is answered with the identity of the first ({@link CachedTokenIdentity}). What this changes for
 * security: nothing a token carries is trusted without that first full verification, and the key is the whole token,
 * so a token altered in any character is another key and verified afresh. A token stays accepted until it expires, as
 * every verified JWT already is (quarkus-oidc does not ask Keycloak about a token it can verify itself); only if
 * Keycloak stopped publishing the token's signing key would this instance go on accepting the token for up to the
 * lifetime, where without it the token would be refused once the keys were fetched again (which quarkus-oidc does
 * when a token names a key it lacks, at most every 10 minutes). The store is
 * bounded ({@code samordna.auth.verified-tokens.max}, 1 000 by default; a kept identity is some kilobytes: the token,
 * its parsed claims): when it is full of unexpired tokens, further
 * ones are verified every time and not kept.
 * <p>
 * It relies on what the API configures: one OIDC tenant, no token bound to a client certificate or a DPoP key, and
 * no maximum token age ({@code quarkus.oidc.token.age}). Each of those makes the verification depend on more than
 * the token and the time; with any of them configured no token is kept ({@link #notToKeep}, said in a warning at
 * start).
 */
@ApplicationScoped
public class VerifiedTokens {

    private record Verified(SecurityIdentity identity, Instant until) {
    }

    private final ConcurrentHashMap<String, Verified> tokens = new ConcurrentHashMap<>();
    private final Duration lifetime;
    private final int max;
    private final Clock clock;
    private final Counter hits;
    private final Counter misses;

    @Inject
    VerifiedTokens(@ConfigProperty(name = "samordna.auth.verified-tokens.lifetime", defaultValue = "5M") Duration lifetime,
            @ConfigProperty(name = "samordna.auth.verified-tokens.max", defaultValue = "1000") int max, Config config,
            TenantConfigBean oidcTenants, @Any Instance<TenantResolver> tenantResolvers,
            @Any Instance<TenantConfigResolver> tenantConfigResolvers, MeterRegistry registry) {
        this(lifetime, notToKeep(config, oidcTenants.getStaticTenantsConfig().keySet(),
                !tenantResolvers.isUnsatisfied() || !tenantConfigResolvers.isUnsatisfied()).map(reason -> {
                    Log.warnf("Verified bearer tokens are not kept, each request's token is verified: %s", reason);
                    return 0;
                }).orElse(max), Clock.systemUTC(), registry);
    }

    /**
     * Why the configuration makes a token's verification depend on more than the token and the time, so that none may
     * be kept; empty when it does not: more than one tenant (as quarkus-oidc itself counts its named tenants, however
     * they were configured: properties, environment variables or its {@code Oidc} API; or a bean that resolves a
     * tenant per request), a maximum token age, tokens bound to a client certificate or to a DPoP key.
     */
    static Optional<String> notToKeep(Config config, Collection<String> namedTenants, boolean tenantResolver) {
        if (!namedTenants.isEmpty()) {
            return Optional.of("OIDC tenants besides the default are configured " + new TreeSet<>(namedTenants));
        }
        if (tenantResolver) {
            return Optional.of("a TenantResolver or TenantConfigResolver bean chooses the OIDC tenant per request");
        }
        if (config.getOptionalValue("quarkus.oidc.token.age", String.class).isPresent()) {
            return Optional.of("quarkus.oidc.token.age limits a token's age");
        }
        if (config.getOptionalValue("quarkus.oidc.token.binding.certificate", Boolean.class).orElse(false)) {
            return Optional.of("tokens are bound to the client's certificate");
        }
        if (!config.getOptionalValue("quarkus.oidc.token.authorization-scheme", String.class).orElse("Bearer")
                .equalsIgnoreCase("Bearer")) {
            return Optional.of("tokens are sent with another authorization scheme (such as DPoP)");
        }
        return Optional.empty();
    }

    VerifiedTokens(Duration lifetime, int max, Clock clock, MeterRegistry registry) {
        this.lifetime = lifetime;
        this.max = max;
        this.clock = clock;
        String description = "Bearer tokens answered from the identity of their first verification (hit) or verified (miss)";
        this.hits = Counter.builder("samordna.auth.verified.tokens").description(description).tag("result", "hit")
                .register(registry);
        this.misses = Counter.builder("samordna.auth.verified.tokens").description(description).tag("result", "miss")
                .register(registry);
        Gauge.builder("samordna.auth.verified.tokens.kept", tokens, ConcurrentHashMap::size)
                .description("Verified bearer tokens kept").register(registry);
    }

    /** The identity made of this token at its verification, while the token is unexpired and within the lifetime. */
    Optional<SecurityIdentity> identity(String token) {
        Verified verified = tokens.get(token);
        if (verified == null) {
            misses.increment();
            return Optional.empty();
        }
        if (!clock.instant().isBefore(verified.until())) {
            tokens.remove(token, verified);
            misses.increment();
            return Optional.empty();
        }
        hits.increment();
        return Optional.of(verified.identity());
    }

    /**
     * Keeps the identity quarkus-oidc made of a bearer token it verified with its default tenant; one without an
     * access token or an expiry (none is made here: every token of the realm expires), or verified by another tenant
     * (none is, while {@link #notToKeep} finds only the default), is not kept.
     */
    void keep(SecurityIdentity identity) {
        AccessTokenCredential credential = identity.getCredential(AccessTokenCredential.class);
        if (credential == null || credential.getToken() == null
                || !OidcUtils.DEFAULT_TENANT_ID.equals(identity.getAttribute(OidcUtils.TENANT_ID_ATTRIBUTE))
                || !(identity.getPrincipal() instanceof JsonWebToken jwt)
                || !(jwt.getClaim(Claims.exp.name()) instanceof Number exp)) {
            return;
        }
        Instant now = clock.instant();
        Instant expires = Instant.ofEpochSecond(exp.longValue());
        Instant until = expires.isBefore(now.plus(lifetime)) ? expires : now.plus(lifetime);
        if (!now.isBefore(until) || tokens.containsKey(credential.getToken())) {
            return;
        }
        if (tokens.size() >= max) {
            tokens.values().removeIf(v -> !now.isBefore(v.until()));
            if (tokens.size() >= max) {
                return;
            }
        }
        tokens.put(credential.getToken(), new Verified(withoutRequest(identity), until));
    }

    /** Attributes quarkus-oidc binds to the request it made the identity for; {@link CachedTokenIdentity} sets them anew. */
    static final Set<String> REQUEST_BOUND = Set.of(RoutingContext.class.getName(),
            AuthenticationRequestContext.class.getName());

    /**
     * The identity without what binds it to its first request, so that a kept token does not keep that request's
     * objects alive. quarkus-oidc states a token's scopes as permissions, not as checkers, so they carry over.
     */
    private static SecurityIdentity withoutRequest(SecurityIdentity identity) {
        QuarkusSecurityIdentity.Builder kept = QuarkusSecurityIdentity.builder().setPrincipal(identity.getPrincipal())
                .addRoles(identity.getRoles()).addCredentials(identity.getCredentials())
                .addPermissions(identity.getPermissions()).setAnonymous(false);
        identity.getAttributes().forEach((name, value) -> {
            if (!REQUEST_BOUND.contains(name)) {
                kept.addAttribute(name, value);
            }
        });
        return kept.build();
    }

    /** How many tokens are kept now (expired ones included until they are next asked for or the store fills). */
    int size() {
        return tokens.size();
    }
}
