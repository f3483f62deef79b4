package se.samordna.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.quarkus.oidc.AccessTokenCredential;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfigBuilder;
import io.vertx.ext.web.RoutingContext;
import java.security.Permission;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The store of verified tokens on its own, with a clock the test moves. */
@DisplayName("VerifiedTokens")
class VerifiedTokensTest {

    /** A clock that stands still until the test moves it. */
    static final class MovingClock extends Clock {
        Instant now = Instant.parse("2026-12-01T10:00:00Z");

        void pass(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }
    }

    record Jwt(String name, Long exp) implements JsonWebToken {
        @Override
        public String getName() {
            return name;
        }

        @Override
        public Set<String> getClaimNames() {
            return exp == null ? Set.of("sub") : Set.of("sub", "exp");
        }

        @Override
        @SuppressWarnings("unchecked")
        public <T> T getClaim(String claim) {
            return switch (claim) {
                case "exp" -> (T) exp;
                case "sub" -> (T) name;
                default -> null;
            };
        }
    }

    private final MovingClock clock = new MovingClock();
    private final SimpleMeterRegistry registry = new SimpleMeterRegistry();
    private VerifiedTokens tokens;

    @BeforeEach
    void setUp() {
        tokens = new VerifiedTokens(Duration.ofMinutes(5), 3, clock, registry);
    }

    private SecurityIdentity identity(String token, Instant expires) {
        return QuarkusSecurityIdentity.builder().setPrincipal(new Jwt("coordinator-08", expires == null ? null
                : expires.getEpochSecond()))
                .addCredential(new AccessTokenCredential(token)).addRole("county-08-coordinator")
                .addPermissionAsString("openid").addAttribute("tenant-id", "Default")
                .addAttribute(RoutingContext.class.getName(), "the first request")
                .addAttribute(AuthenticationRequestContext.class.getName(), "the first request's context")
                .build();
    }

    private double count(String result) {
        return registry.get("samordna.auth.verified.tokens").tag("result", result).counter().count();
    }

    @Test
    @DisplayName("answers a kept token with its identity: principal, roles, permissions and attributes")
    void shouldAnswerKeptToken() {
        tokens.keep(identity("a.b.c", clock.instant().plusSeconds(60)));
        SecurityIdentity kept = tokens.identity("a.b.c").orElseThrow();
        assertEquals("coordinator-08", kept.getPrincipal().getName());
        assertEquals(Set.of("county-08-coordinator"), kept.getRoles());
        assertEquals("a.b.c", kept.getCredential(AccessTokenCredential.class).getToken());
        assertEquals(Set.of("openid"), kept.getPermissions().stream().map(Permission::getName)
                .collect(Collectors.toSet()));
        assertEquals("Default", kept.getAttribute("tenant-id"));
        assertEquals(1.0, count("hit"));
    }

    @Test
    @DisplayName("keeps only what the default tenant verified: not a token of another tenant, nor one without its tenant")
    void shouldKeepOnlyTheDefaultTenant() {
        SecurityIdentity first = identity("a.b.c", clock.instant().plusSeconds(60));
        tokens.keep(QuarkusSecurityIdentity.builder(first).addAttribute("tenant-id", "bra").build());
        SecurityIdentity withoutTenant = identity("d.e.f", clock.instant().plusSeconds(60));
        Map<String, Object> attributes = new java.util.HashMap<>(withoutTenant.getAttributes());
        attributes.remove("tenant-id");
        tokens.keep(QuarkusSecurityIdentity.builder().setPrincipal(withoutTenant.getPrincipal())
                .addCredentials(withoutTenant.getCredentials()).addAttributes(attributes).build());
        assertEquals(0, tokens.size());
        tokens.keep(first);
        assertEquals(1, tokens.size(), "the same token from the default tenant is kept");
    }

    @Test
    @DisplayName("keeps nothing of the request it was first verified in")
    void shouldDropTheFirstRequest() {
        tokens.keep(identity("a.b.c", clock.instant().plusSeconds(60)));
        Map<String, Object> attributes = tokens.identity("a.b.c").orElseThrow().getAttributes();
        assertFalse(attributes.containsKey(RoutingContext.class.getName()), attributes::toString);
        assertFalse(attributes.containsKey(AuthenticationRequestContext.class.getName()), attributes::toString);
    }

    @Test
    @DisplayName("a token that differs in one character is another token: not answered")
    void shouldNotAnswerAnotherToken() {
        tokens.keep(identity("a.b.c", clock.instant().plusSeconds(60)));
        assertTrue(tokens.identity("a.b.d").isEmpty());
        assertTrue(tokens.identity("a.b.c ").isEmpty());
        assertEquals(2.0, count("miss"));
    }

    @Test
    @DisplayName("answers a token until its expiry, not at it")
    void shouldForgetAtExpiry() {
        tokens.keep(identity("a.b.c", clock.instant().plusSeconds(60)));
        clock.pass(Duration.ofSeconds(59));
        assertTrue(tokens.identity("a.b.c").isPresent());
        clock.pass(Duration.ofSeconds(1));
        assertTrue(tokens.identity("a.b.c").isEmpty());
        assertEquals(0, tokens.size(), "an expired token asked for is dropped");
    }

    @Test
    @DisplayName("answers a long-lived token for the lifetime at most")
    void shouldForgetAfterLifetime() {
        tokens.keep(identity("a.b.c", clock.instant().plus(Duration.ofHours(1))));
        clock.pass(Duration.ofMinutes(5).minusSeconds(1));
        assertTrue(tokens.identity("a.b.c").isPresent());
        clock.pass(Duration.ofSeconds(1));
        assertTrue(tokens.identity("a.b.c").isEmpty());
    }

    @Test
    @DisplayName("keeps no identity without an access token or an expiry, and no token already expired")
    void shouldKeepOnlyExpiringAccessTokens() {
        tokens.keep(identity("no.exp.token", null));
        tokens.keep(QuarkusSecurityIdentity.builder()
                .setPrincipal(new Jwt("x", clock.instant().plusSeconds(60).getEpochSecond())).build());
        tokens.keep(identity("expired.a.b", clock.instant()));
        assertEquals(0, tokens.size());
        assertTrue(tokens.identity("no.exp.token").isEmpty());
        assertTrue(tokens.identity("expired.a.b").isEmpty());
    }

    @Test
    @DisplayName("keeps at most max tokens: a further one is not kept until others have expired")
    void shouldStayBounded() {
        tokens.keep(identity("t.1.a", clock.instant().plusSeconds(30)));
        tokens.keep(identity("t.2.a", clock.instant().plusSeconds(30)));
        tokens.keep(identity("t.3.a", clock.instant().plusSeconds(120)));
        tokens.keep(identity("t.4.a", clock.instant().plusSeconds(120)));
        assertEquals(3, tokens.size());
        assertTrue(tokens.identity("t.4.a").isEmpty(), "the store was full of unexpired tokens");

        clock.pass(Duration.ofSeconds(30));
        tokens.keep(identity("t.4.a", clock.instant().plusSeconds(120)));
        assertEquals(2, tokens.size(), "the two expired tokens made room");
        assertTrue(tokens.identity("t.4.a").isPresent());
        assertTrue(tokens.identity("t.3.a").isPresent());
    }

    private static Optional<String> notToKeep(Map<String, String> properties) {
        return notToKeep(properties, Set.of(), false);
    }

    private static Optional<String> notToKeep(Map<String, String> properties, Set<String> namedTenants,
            boolean tenantResolver) {
        return VerifiedTokens.notToKeep(new SmallRyeConfigBuilder()
                .withSources(new PropertiesConfigSource(properties, "test", 100)).build(), namedTenants, tenantResolver);
    }

    @Test
    @DisplayName("keeps tokens with one tenant and plain bearer tokens; keeps none with a second tenant, a tenant "
            + "resolver, a token age, certificate-bound or DPoP tokens")
    void shouldKeepOnlyWhereTheTokenDecides() {
        assertTrue(notToKeep(Map.of("quarkus.oidc.auth-server-url", "http://kc/realms/samordna",
                "quarkus.oidc.token.audience", "samordna-api", "quarkus.oidc-client.auth-server-url", "http://kc")).isEmpty());
        // the named tenants as quarkus-oidc counts them, whether from properties, environment variables or its API
        assertTrue(notToKeep(Map.of(), Set.of("brå"), false).orElseThrow().contains("brå"));
        assertTrue(notToKeep(Map.of(), Set.of(), true).isPresent());
        assertTrue(notToKeep(Map.of("quarkus.oidc.token.age", "PT2M")).isPresent());
        assertTrue(notToKeep(Map.of("quarkus.oidc.token.binding.certificate", "true")).isPresent());
        assertTrue(notToKeep(Map.of("quarkus.oidc.token.authorization-scheme", "DPoP")).isPresent());
        assertTrue(notToKeep(Map.of("quarkus.oidc.token.authorization-scheme", "bearer")).isEmpty());
    }

    @Test
    @DisplayName("with a bound of 0 (as when the configuration forbids keeping) keeps nothing")
    void shouldKeepNothingWithoutRoom() {
        VerifiedTokens none = new VerifiedTokens(Duration.ofMinutes(5), 0, clock, new SimpleMeterRegistry());
        none.keep(identity("a.b.c", clock.instant().plusSeconds(60)));
        assertEquals(0, none.size());
        assertTrue(none.identity("a.b.c").isEmpty());
    }

    @Test
    @DisplayName("keeps the first identity of a token; a second keep changes nothing")
    void shouldKeepTheFirst() {
        tokens.keep(identity("a.b.c", clock.instant().plusSeconds(60)));
        SecurityIdentity first = tokens.identity("a.b.c").orElseThrow();
        tokens.keep(identity("a.b.c", clock.instant().plusSeconds(60)));
        assertSame(first, tokens.identity("a.b.c").orElseThrow());
        assertNull(first.getAttribute(RoutingContext.class.getName()));
    }
}
