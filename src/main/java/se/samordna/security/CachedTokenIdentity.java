package se.samordna.security;

import io.quarkus.arc.Unremovable;
import io.quarkus.oidc.runtime.OidcUtils;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.SecurityIdentityAugmentor;
import io.quarkus.security.identity.request.TokenAuthenticationRequest;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.quarkus.vertx.http.runtime.security.HttpSecurityUtils;
import io.smallrye.mutiny.Uni;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;

/**
 * How {@link VerifiedTokens} joins Quarkus security: an identity provider asked before quarkus-oidc's answers a
 * bearer token it has verified before, and an augmentor that runs first on every identity keeps the one quarkus-oidc
 * made of a new token. Augmentors run on a kept identity as on a new one, so nothing after this sees a difference,
 * except that the identity carries the current request, as quarkus-oidc's own does.
 */
final class CachedTokenIdentity {

    private CachedTokenIdentity() {
    }

    /** Asked before quarkus-oidc's provider (Quarkus's own providers have priority 1001); a null answer passes it on. */
    @ApplicationScoped
    @Unremovable
    static class Provider implements IdentityProvider<TokenAuthenticationRequest> {

        private final VerifiedTokens tokens;

        Provider(VerifiedTokens tokens) {
            this.tokens = tokens;
        }

        @Override
        public Class<TokenAuthenticationRequest> getRequestType() {
            return TokenAuthenticationRequest.class;
        }

        @Override
        public int priority() {
            return Integer.MAX_VALUE;
        }

        @Override
        public Uni<SecurityIdentity> authenticate(TokenAuthenticationRequest request,
                AuthenticationRequestContext context) {
            String token = request.getToken() == null ? null : request.getToken().getToken();
            if (token == null) {
                return Uni.createFrom().nullItem();
            }
            return Uni.createFrom().item(tokens.identity(token).map(kept -> {
                // the request-bound attributes that quarkus-oidc gives each identity it makes, for this request
                RoutingContext routing = HttpSecurityUtils.getRoutingContextAttribute(request);
                QuarkusSecurityIdentity.Builder current = QuarkusSecurityIdentity.builder(kept);
                OidcUtils.setRoutingContextAttribute(current, routing);
                OidcUtils.setBlockingApiAttribute(current, routing);
                return (SecurityIdentity) current.build();
            }).orElse(null));
        }
    }

    /** Runs before every other augmentor, so that it keeps the identity as quarkus-oidc made it. */
    @ApplicationScoped
    @Unremovable
    static class Keeper implements SecurityIdentityAugmentor {

        private final VerifiedTokens tokens;

        Keeper(VerifiedTokens tokens) {
            this.tokens = tokens;
        }

        @Override
        public int priority() {
            return Integer.MAX_VALUE;
        }

        @Override
        public Uni<SecurityIdentity> augment(SecurityIdentity identity, AuthenticationRequestContext context) {
            return augment(identity, context, Map.of());
        }

        @Override
        public Uni<SecurityIdentity> augment(SecurityIdentity identity, AuthenticationRequestContext context,
                Map<String, Object> attributes) {
            if (!identity.isAnonymous()) {
                tokens.keep(identity);
            }
            return Uni.createFrom().item(identity);
        }
    }
}
