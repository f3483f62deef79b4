package se.samordna.security;

import io.quarkus.arc.Unremovable;
import io.quarkus.logging.Log;
import io.quarkus.oidc.common.OidcRequestFilter;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * A read timeout on every call the API makes to Keycloak (in practice: fetching the realm's keys when a token names
 * one it has not cached). quarkus-oidc sets only a connect timeout, and a Keycloak that accepts connections but never
 * answers (frozen, overloaded) held such a request for as long as it hung; with this it fails, and the token is 401.
 */
@ApplicationScoped
// found by quarkus-oidc through the container only, never injected: without this ArC removes it as unused
@Unremovable
public class KeycloakCallTimeout implements OidcRequestFilter {

    private final long timeoutMillis;

    KeycloakCallTimeout(@ConfigProperty(name = "samordna.keycloak.read-timeout", defaultValue = "3S") Duration timeout) {
        this.timeoutMillis = timeout.toMillis();
    }

    @Override
    public void filter(OidcRequestContext context) {
        Log.debugf("Call to Keycloak %s with a read timeout of %d ms", context.request().uri(), timeoutMillis);
        context.request().timeout(timeoutMillis);
    }
}
