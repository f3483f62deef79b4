package se.samordna.testing;

import static io.restassured.RestAssured.given;

import io.restassured.specification.RequestSpecification;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Real access tokens from the test run's Keycloak, for the demo realm's users (password grant through
 * {@code samordna-cli}) and the {@code importer-08} service account (client credentials). Cached until shortly
 * before they expire.
 */
public final class Tokens {

    public static final String COORDINATOR_01 = "coordinator-01";
    public static final String COORDINATOR_08 = "coordinator-08";
    public static final String COORDINATOR_10 = "coordinator-10";
    public static final String COORDINATOR_0810 = "coordinator-0810";
    public static final String MEMBER_08 = "member-08";
    public static final String MEMBER2_08 = "member2-08";
    public static final String ANALYST = "analyst";
    public static final String ADMIN = "admin";
    public static final String IMPORTER_08 = "importer-08";

    private record Cached(String token, Instant expires) {
    }

    private static final Map<String, Cached> CACHE = new ConcurrentHashMap<>();

    private Tokens() {
    }

    public static String of(String user) {
        Cached cached = CACHE.get(user);
        if (cached == null || Instant.now().isAfter(cached.expires())) {
            cached = fetch(user);
            CACHE.put(user, cached);
        }
        return cached.token();
    }

    /** A REST Assured request with the user's bearer token. */
    public static RequestSpecification as(String user) {
        return given().auth().oauth2(of(user));
    }

    private static Cached fetch(String user) {
        String tokenUrl = keycloakUrl() + "/realms/samordna/protocol/openid-connect/token";
        RequestSpecification request = given().contentType("application/x-www-form-urlencoded");
        if (IMPORTER_08.equals(user)) {
            request = request.formParam("grant_type", "client_credentials")
                    .formParam("client_id", "importer-08")
                    .formParam("client_secret", "importer-08-secret");
        } else {
            request = request.formParam("grant_type", "password")
                    .formParam("client_id", "samordna-cli")
                    .formParam("username", user)
                    .formParam("password", "demo");
        }
        var response = request.post(tokenUrl).then().statusCode(200).extract().jsonPath();
        long lifetime = response.getLong("expires_in");
        return new Cached(response.getString("access_token"), Instant.now().plusSeconds(Math.max(10, lifetime - 30)));
    }

    public static String keycloakUrl() {
        return ConfigProvider.getConfig().getValue("samordna.test.keycloak-url", String.class);
    }
}
