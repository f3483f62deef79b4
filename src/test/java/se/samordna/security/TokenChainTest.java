package se.samordna.security;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import java.io.IOException;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.Signature;
import java.time.Duration;
import java.time.Instant;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.eclipse.microprofile.config.ConfigProvider;
import se.samordna.testing.Database;
import se.samordna.testing.Fixtures;
import se.samordna.testing.Tokens;

/**
 * The whole chain with real tokens from the test run's Keycloak: what the realm puts into a token, and that the
 * API takes exactly those tokens (signed by the realm, for the audience samordna-api) and no others.
 */
@QuarkusTest
class TokenChainTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String ME = "/api/v1/me";
    private static final String ORGANISATIONS_08 = "/api/v1/counties/08/organisations";

    /** The three parts of a compact JWS. */
    record Jwt(String header, String payload, String signature) {

        static Jwt parse(String token) {
            String[] parts = token.split("\\.", -1);
            assertEquals(3, parts.length, "a signed JWT has three parts");
            return new Jwt(parts[0], parts[1], parts[2]);
        }

        JsonNode headerJson() {
            return decode(header);
        }

        JsonNode claims() {
            return decode(payload);
        }

        String compact() {
            return header + "." + payload + "." + signature;
        }

        private static JsonNode decode(String part) {
            try {
                return JSON.readTree(Base64.getUrlDecoder().decode(part));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        static String encode(JsonNode json) {
            return Base64.getUrlEncoder().withoutPadding()
                    .encodeToString(json.toString().getBytes(StandardCharsets.UTF_8));
        }
    }

    /** {@code aud} is a string or an array of strings. */
    static List<String> audiences(JsonNode claims) {
        JsonNode aud = claims.path("aud");
        List<String> out = new ArrayList<>();
        if (aud.isArray()) {
            aud.forEach(a -> out.add(a.asText()));
        } else if (aud.isTextual()) {
            out.add(aud.asText());
        }
        return out;
    }

    static List<String> apiRoles(JsonNode claims) {
        List<String> out = new ArrayList<>();
        claims.path("resource_access").path("samordna-api").path("roles").forEach(r -> out.add(r.asText()));
        return out;
    }

    /** A token for {@code user} from the realm's built-in public client admin-cli, which has no audience mapper. */
    static String adminCliToken(String user) {
        return given().contentType("application/x-www-form-urlencoded")
                .formParam("grant_type", "password")
                .formParam("client_id", "admin-cli")
                .formParam("username", user)
                .formParam("password", "demo")
                .post(Tokens.keycloakUrl() + "/realms/samordna/protocol/openid-connect/token")
                .then().statusCode(200).extract().path("access_token");
    }

    /** The answer every refused token gets: a 401 problem for the path asked, with a Bearer challenge. */
    static ValidatableResponse assertRefused(String token, String path) {
        return given().auth().oauth2(token).get(path).then()
                .spec(Fixtures.problem(401, path))
                .header("WWW-Authenticate", startsWith("Bearer"));
    }

    /**
     * Signs the encoded header and payload as RS256 with {@code key}: a well-formed token the realm did not sign.
     */
    static String signRs256(String encodedHeader, String encodedPayload, PrivateKey key) {
        String signingInput = encodedHeader + "." + encodedPayload;
        try {
            Signature rs256 = Signature.getInstance("SHA256withRSA");
            rs256.initSign(key);
            rs256.update(signingInput.getBytes(StandardCharsets.US_ASCII));
            return signingInput + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(rs256.sign());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** An RSA key pair made now, which the realm has never seen. */
    static KeyPair foreignKey() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Replaces one character in the middle of {@code text} by another of the base64url alphabet. */
    static String flipOneCharacter(String text) {
        int i = text.length() / 2;
        char c = text.charAt(i);
        char other = c == 'A' ? 'B' : 'A';
        return text.substring(0, i) + other + text.substring(i + 1);
    }

    @Nested
    @DisplayName("A token for the client samordna-cli")
    class CliToken {

        @Test
        @DisplayName("is an RS256 token of realm samordna for the audience samordna-api, issued to samordna-cli")
        void shouldCarryAudienceAndClient() {
            Jwt jwt = Jwt.parse(Tokens.of(Tokens.COORDINATOR_08));
            assertEquals("RS256", jwt.headerJson().path("alg").asText());
            JsonNode claims = jwt.claims();
            assertTrue(audiences(claims).contains("samordna-api"), () -> "aud: " + claims.path("aud"));
            assertEquals("samordna-cli", claims.path("azp").asText());
            assertEquals(Tokens.keycloakUrl() + "/realms/samordna", claims.path("iss").asText());
            assertEquals("coordinator-08", claims.path("preferred_username").asText());
            assertFalse(claims.path("sub").asText().isBlank(), "sub");
            assertTrue(claims.path("exp").asLong() > claims.path("iat").asLong(), "exp after iat");
        }

        @Test
        @DisplayName("carries the user's roles as client roles of samordna-api")
        void shouldCarryClientRoles() {
            assertEquals(List.of("county-08-coordinator"), apiRoles(Jwt.parse(Tokens.of(Tokens.COORDINATOR_08)).claims()));
            List<String> both = apiRoles(Jwt.parse(Tokens.of(Tokens.COORDINATOR_0810)).claims());
            assertEquals(2, both.size(), () -> "roles: " + both);
            assertTrue(both.containsAll(List.of("county-08-coordinator", "county-10-coordinator")));
            assertEquals(List.of("national-analyst"), apiRoles(Jwt.parse(Tokens.of(Tokens.ANALYST)).claims()));
        }

        @Test
        @DisplayName("is accepted by the API as the same subject, with the same roles")
        void shouldBeAcceptedAsTheSameCaller() {
            String token = Tokens.of(Tokens.COORDINATOR_08);
            JsonNode claims = Jwt.parse(token).claims();
            given().auth().oauth2(token).get(ME)
                    .then().statusCode(200)
                    .body("subject", equalTo(claims.path("sub").asText()))
                    .body("roles", equalTo(apiRoles(claims)));
            given().auth().oauth2(token).get(ORGANISATIONS_08).then().statusCode(200);
        }
    }

    @Nested
    @DisplayName("A client-credentials token of importer-08")
    class ServiceAccountToken {

        @Test
        @DisplayName("is for the audience samordna-api, issued to importer-08, with the role county-08-importer")
        void shouldCarryAudienceAndRole() {
            JsonNode claims = Jwt.parse(Tokens.of(Tokens.IMPORTER_08)).claims();
            assertTrue(audiences(claims).contains("samordna-api"), () -> "aud: " + claims.path("aud"));
            assertEquals("importer-08", claims.path("azp").asText());
            assertEquals(List.of("county-08-importer"), apiRoles(claims));
        }

        @Test
        @DisplayName("reads county 08 and is refused in county 10")
        void shouldBeScopedToItsCounty() {
            String token = Tokens.of(Tokens.IMPORTER_08);
            given().auth().oauth2(token).get(ORGANISATIONS_08).then().statusCode(200);
            given().auth().oauth2(token).get("/api/v1/counties/10/organisations").then().statusCode(403);
        }
    }

    @Nested
    @DisplayName("A real token of the realm for another audience (client admin-cli)")
    class OtherAudience {

        @Test
        @DisplayName("does not name samordna-api as its audience")
        void shouldNotCarryTheApiAudience() {
            JsonNode claims = Jwt.parse(adminCliToken(Tokens.COORDINATOR_08)).claims();
            assertEquals("admin-cli", claims.path("azp").asText());
            assertEquals(Tokens.keycloakUrl() + "/realms/samordna", claims.path("iss").asText());
            assertFalse(audiences(claims).contains("samordna-api"), () -> "aud: " + claims.path("aud"));
        }

        @Test
        @DisplayName("GET /me with it is 401 problem+json, although Keycloak signed it for a real user")
        void shouldBeRefusedByTheApi() {
            String token = adminCliToken(Tokens.COORDINATOR_08);
            assertRefused(token, ME);
            assertRefused(token, ORGANISATIONS_08);
        }
    }

    /** A new token of coordinator-08, never sent to the API before. */
    static String freshToken() {
        return given().contentType("application/x-www-form-urlencoded").formParam("grant_type", "password")
                .formParam("client_id", "samordna-cli").formParam("username", Tokens.COORDINATOR_08)
                .formParam("password", "demo")
                .post(Tokens.keycloakUrl() + "/realms/samordna/protocol/openid-connect/token")
                .then().statusCode(200).extract().path("access_token");
    }

    /** samordna_auth_verified_tokens_total{result=...} from /q/metrics. */
    static double verifiedTokens(String result) {
        String metrics = given().accept("text/plain").get("/q/metrics").then().statusCode(200).extract().asString();
        return metrics.lines().filter(line -> line.startsWith("samordna_auth_verified_tokens_total{")
                && line.contains("result=\"" + result + "\"")).mapToDouble(line -> Double.parseDouble(
                        line.substring(line.lastIndexOf(' ') + 1))).sum();
    }

    @Nested
    @DisplayName("A token the API has verified once (VerifiedTokens)")
    class VerifiedOnce {

        @Test
        @DisplayName("is verified at its first request and answered from that verification after it, as the same caller")
        void shouldAnswerFromTheFirstVerification() {
            String token = freshToken();
            String subject = Jwt.parse(token).claims().path("sub").asText();
            double misses = verifiedTokens("miss");
            given().auth().oauth2(token).get(ME).then().statusCode(200).body("subject", equalTo(subject));
            assertEquals(misses + 1, verifiedTokens("miss"), "the first request verifies the token");

            double hits = verifiedTokens("hit");
            given().auth().oauth2(token).get(ME).then().statusCode(200).body("subject", equalTo(subject));
            given().auth().oauth2(token).get(ORGANISATIONS_08).then().statusCode(200);
            given().auth().oauth2(token).get("/api/v1/counties/10/organisations").then()
                    .spec(Fixtures.problem(403, "/api/v1/counties/10/organisations"));
            assertEquals(hits + 3, verifiedTokens("hit"), "the later requests are answered from the first");
        }

        @Test
        @DisplayName("changed in one character of its signature or its claims afterwards is 401 problem")
        void shouldRefuseTheTokenChangedAfterItsVerification() {
            String token = freshToken();
            given().auth().oauth2(token).get(ME).then().statusCode(200);
            Jwt jwt = Jwt.parse(token);
            assertRefused(jwt.header() + "." + jwt.payload() + "." + flipOneCharacter(jwt.signature()), ME);
            ObjectNode claims = (ObjectNode) jwt.claims();
            claims.put("sub", UUID.randomUUID().toString());
            assertRefused(jwt.header() + "." + Jwt.encode(claims) + "." + jwt.signature(), ME);
            given().auth().oauth2(token).get(ME).then().statusCode(200);
        }
    }

    @Nested
    @DisplayName("A token that was changed after Keycloak signed it")
    class TamperedToken {

        @Test
        @DisplayName("with one character of the signature changed is 401 problem")
        void shouldRefuseBrokenSignature() {
            Jwt jwt = Jwt.parse(Tokens.of(Tokens.COORDINATOR_08));
            String tampered = jwt.header() + "." + jwt.payload() + "." + flipOneCharacter(jwt.signature());
            assertNotEquals(jwt.compact(), tampered);
            assertRefused(tampered, ME);
        }

        @Test
        @DisplayName("with a coordinator's role added to a member's token, kept or re-signed, is 401 and shows and writes nothing")
        void shouldRefuseRaisedRoles() {
            Jwt jwt = Jwt.parse(Tokens.of(Tokens.MEMBER_08));
            ObjectNode claims = (ObjectNode) jwt.claims();
            ((ArrayNode) claims.path("resource_access").path("samordna-api").path("roles"))
                    .add("county-08-coordinator");
            String keptSignature = jwt.header() + "." + Jwt.encode(claims) + "." + jwt.signature();
            String resigned = signRs256(jwt.header(), Jwt.encode(claims), foreignKey().getPrivate());
            String name = "Tamper " + UUID.randomUUID();
            long lastEvent = Database.lastChangeEvent();

            for (String raised : List.of(keptSignature, resigned)) {
                given().auth().oauth2(raised).contentType("application/json")
                        .body("{\"name\": \"" + name + "\", \"type\": \"OTHER\"}")
                        .post(ORGANISATIONS_08)
                        .then().spec(Fixtures.problem(401, ORGANISATIONS_08));
                // what a coordinator would see and a member not: e-mail and phone of contacts, and history
                String body = assertRefused(raised, "/api/v1/counties/08/contacts").extract().asString();
                assertFalse(body.contains("items") || body.contains("@"), () -> "the refusal showed data: " + body);
                assertRefused(raised, ME).body("subject", org.hamcrest.Matchers.nullValue());
            }

            assertEquals(lastEvent, Database.lastChangeEvent(), "a refused token wrote something");
            given().auth().oauth2(Tokens.of(Tokens.COORDINATOR_08)).queryParam("q", name).get(ORGANISATIONS_08)
                    .then().statusCode(200).body("totalItems", is(0));
        }

        @Test
        @DisplayName("re-issued unsigned (alg none) is 401 problem")
        void shouldRefuseUnsignedToken() {
            Jwt jwt = Jwt.parse(Tokens.of(Tokens.COORDINATOR_08));
            ObjectNode header = (ObjectNode) jwt.headerJson();
            header.put("alg", "none");
            String unsigned = Jwt.encode(header) + "." + jwt.payload() + ".";
            assertRefused(unsigned, ME);
            assertRefused(unsigned, ORGANISATIONS_08);
        }

        @Test
        @DisplayName("with its expiry moved into the past (signature kept) is 401 problem")
        void shouldRefuseChangedExpiry() {
            Jwt jwt = Jwt.parse(Tokens.of(Tokens.COORDINATOR_08));
            ObjectNode claims = (ObjectNode) jwt.claims();
            long now = System.currentTimeMillis() / 1000;
            claims.put("iat", now - 7200);
            claims.put("exp", now - 3600);
            assertRefused(jwt.header() + "." + Jwt.encode(claims) + "." + jwt.signature(), ME);
        }
    }

    @Nested
    @DisplayName("A well-formed token that the realm did not sign")
    class ForeignKey {

        @Test
        @DisplayName("with a real user's claims and the realm's key id, signed RS256 by another key, is 401 problem")
        void shouldRefuseTokenSignedByAnotherKey() {
            Jwt jwt = Jwt.parse(Tokens.of(Tokens.COORDINATOR_08));
            String forged = signRs256(jwt.header(), jwt.payload(), foreignKey().getPrivate());
            assertEquals(jwt.header() + "." + jwt.payload(), forged.substring(0, forged.lastIndexOf('.')),
                    "only the signature differs from the realm's token");
            given().auth().oauth2(jwt.compact()).get(ME).then().statusCode(200);
            assertRefused(forged, ME);
            assertRefused(forged, ORGANISATIONS_08);
        }
    }

    /**
     * The realm's own signature on a token that has really expired. The test realm's client
     * {@code samordna-test-expiring} (generated into the test realm only, never the demo realm) issues tokens that
     * live two seconds; the test waits past that and the clock skew the API allows, so it takes a few seconds.
     */
    @Nested
    @DisplayName("A token that Keycloak signed and that has expired")
    class ExpiredToken {

        @Test
        @DisplayName("is accepted while valid and answers 401 problem once past its exp and the allowed clock skew")
        void shouldRefuseExpiredToken() throws InterruptedException {
            var answer = given().contentType("application/x-www-form-urlencoded")
                    .formParam("grant_type", "password")
                    .formParam("client_id", "samordna-test-expiring")
                    .formParam("username", Tokens.COORDINATOR_08)
                    .formParam("password", "demo")
                    .post(Tokens.keycloakUrl() + "/realms/samordna/protocol/openid-connect/token");
            assertEquals(200, answer.statusCode(), () -> "the test realm's client samordna-test-expiring is missing"
                    + " (SAMORDNA_TEST_KEYCLOAK_URL must have the test realm imported): " + answer.asString());
            String token = answer.path("access_token");
            JsonNode claims = Jwt.parse(token).claims();
            long lifetime = claims.path("exp").asLong() - claims.path("iat").asLong();
            assertTrue(lifetime > 0 && lifetime <= 5, "a short-lived token, not " + lifetime + " s");
            assertTrue(audiences(claims).contains("samordna-api"), () -> "aud: " + claims.path("aud"));

            given().auth().oauth2(token).get(ME).then().statusCode(200)
                    .body("subject", equalTo(claims.path("sub").asText()));

            int skew = ConfigProvider.getConfig().getOptionalValue("quarkus.oidc.token.lifespan-grace", Integer.class)
                    .orElse(0);
            Instant refusedAfter = Instant.ofEpochSecond(claims.path("exp").asLong() + skew + 1);
            Thread.sleep(Math.max(0, Duration.between(Instant.now(), refusedAfter).toMillis()));
            assertRefused(token, ME);
            assertRefused(token, ORGANISATIONS_08);
        }
    }
}
