package se.samordna.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.anyOf;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static se.samordna.testing.Tokens.as;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.Arrays;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import se.samordna.testing.Tokens;

/**
 * What a browser sees: the test profile allows the frontend origin http://localhost:5173 and no other
 * (application.properties). The browser, not the server, enforces CORS: so the assertions are about the
 * headers it decides on.
 */
@QuarkusTest
class CorsTest {

    private static final String FRONTEND = "http://localhost:5173";
    private static final String EVIL = "http://evil.example";
    private static final String ORGANISATIONS = "/api/v1/counties/{cc}/organisations";
    private static final String ORGANISATION = ORGANISATIONS + "/{id}";

    /** The comma-separated values of a header, lower case. */
    private static Set<String> values(Response response, String header) {
        String value = response.getHeader(header);
        if (value == null) {
            return Set.of();
        }
        return Arrays.stream(value.split(",")).map(String::trim).map(String::toLowerCase)
                .filter(s -> !s.isEmpty()).collect(Collectors.toSet());
    }

    /** Whether a browser at {@code origin} would let its script read the response (Fetch standard, CORS check). */
    private static boolean browserWouldAllow(Response response, String origin) {
        String allowed = response.getHeader("Access-Control-Allow-Origin");
        return origin.equals(allowed) || "*".equals(allowed);
    }

    @Nested
    @DisplayName("From the frontend origin http://localhost:5173")
    class FromFrontend {

        @Test
        @DisplayName("a preflight for PUT with Authorization, If-Match and Content-Type is allowed")
        void shouldAllowPreflightForReplace() {
            Response response = given()
                    .header("Origin", FRONTEND)
                    .header("Access-Control-Request-Method", "PUT")
                    .header("Access-Control-Request-Headers", "authorization,if-match,content-type")
                    .options(ORGANISATION, "08", UUID.randomUUID());
            response.then().statusCode(anyOf(equalTo(200), equalTo(204)))
                    .header("Access-Control-Allow-Origin", equalTo(FRONTEND))
                    // tokens travel in Authorization: browsers are not told to send cookies along
                    .header("Access-Control-Allow-Credentials", not(equalTo("true")));
            assertTrue(values(response, "Access-Control-Allow-Methods").contains("put"),
                    () -> "methods: " + response.getHeader("Access-Control-Allow-Methods"));
            Set<String> headers = values(response, "Access-Control-Allow-Headers");
            assertTrue(headers.containsAll(Set.of("authorization", "if-match", "content-type")),
                    () -> "headers: " + response.getHeader("Access-Control-Allow-Headers"));
            assertTrue(browserWouldAllow(response, FRONTEND));
        }

        @Test
        @DisplayName("a preflight for POST with Idempotency-Key is allowed")
        void shouldAllowPreflightForImport() {
            Response response = given()
                    .header("Origin", FRONTEND)
                    .header("Access-Control-Request-Method", "POST")
                    .header("Access-Control-Request-Headers", "authorization,content-type,idempotency-key")
                    .options(ORGANISATIONS, "08");
            response.then().statusCode(anyOf(equalTo(200), equalTo(204)))
                    .header("Access-Control-Allow-Origin", equalTo(FRONTEND));
            assertTrue(values(response, "Access-Control-Allow-Methods").contains("post"));
            assertTrue(values(response, "Access-Control-Allow-Headers").contains("idempotency-key"),
                    () -> "headers: " + response.getHeader("Access-Control-Allow-Headers"));
        }

        @Test
        @DisplayName("a preflight is cached by the browser for an hour")
        void shouldLetBrowserCachePreflight() {
            given().header("Origin", FRONTEND)
                    .header("Access-Control-Request-Method", "DELETE")
                    .options(ORGANISATION, "08", UUID.randomUUID())
                    .then().header("Access-Control-Max-Age", equalTo("3600"));
        }

        @Test
        @DisplayName("GET /counties/08 allows the origin and exposes ETag, Location, Link and X-Request-Id")
        void shouldExposeHeadersOnRead() {
            Response response = as(Tokens.COORDINATOR_08).header("Origin", FRONTEND).get("/api/v1/counties/08");
            response.then().statusCode(200).header("Access-Control-Allow-Origin", equalTo(FRONTEND));
            Set<String> exposed = values(response, "Access-Control-Expose-Headers");
            assertTrue(exposed.containsAll(Set.of("etag", "location", "link", "x-request-id")),
                    () -> "exposed: " + response.getHeader("Access-Control-Expose-Headers"));
        }

        @Test
        @DisplayName("POST and GET of an organisation give a script its Location and ETag")
        void shouldLetScriptReadLocationAndETag() {
            Response created = as(Tokens.COORDINATOR_08).header("Origin", FRONTEND).contentType("application/json")
                    .body("{\"name\": \"CORS-test " + UUID.randomUUID() + "\", \"type\": \"OTHER\"}")
                    .post(ORGANISATIONS, "08");
            created.then().statusCode(201)
                    .header("Access-Control-Allow-Origin", equalTo(FRONTEND))
                    .header("Location", notNullValue())
                    .header("ETag", notNullValue());
            assertTrue(values(created, "Access-Control-Expose-Headers").containsAll(Set.of("location", "etag")));
            String id = created.path("id");

            Response read = as(Tokens.COORDINATOR_08).header("Origin", FRONTEND).get(ORGANISATION, "08", id);
            read.then().statusCode(200).header("ETag", equalTo("\"0\""));
            assertTrue(values(read, "Access-Control-Expose-Headers").contains("etag"));

            as(Tokens.COORDINATOR_08).header("If-Match", "\"0\"").delete(ORGANISATION, "08", id)
                    .then().statusCode(204);
        }

        @Test
        @DisplayName("a 401 without a token is readable by the frontend, so it can send the user to log in")
        void shouldLetFrontendReadUnauthorized() {
            Response response = given().header("Origin", FRONTEND).get("/api/v1/me");
            response.then().statusCode(401).contentType("application/problem+json")
                    .header("Access-Control-Allow-Origin", equalTo(FRONTEND));
        }

        @Test
        @DisplayName("a 404 problem is readable by the frontend")
        void shouldLetFrontendReadProblems() {
            as(Tokens.COORDINATOR_08).header("Origin", FRONTEND).get(ORGANISATION, "08", UUID.randomUUID())
                    .then().statusCode(404).contentType("application/problem+json")
                    .header("Access-Control-Allow-Origin", equalTo(FRONTEND));
        }
    }

    @Nested
    @DisplayName("From an origin not on the list (http://evil.example)")
    class FromUnlistedOrigin {

        @Test
        @DisplayName("a preflight for PUT gets no permission for that origin")
        void shouldRefusePreflight() {
            Response response = given()
                    .header("Origin", EVIL)
                    .header("Access-Control-Request-Method", "PUT")
                    .header("Access-Control-Request-Headers", "authorization,if-match,content-type")
                    .options(ORGANISATION, "08", UUID.randomUUID());
            assertFalse(browserWouldAllow(response, EVIL),
                    () -> "Access-Control-Allow-Origin: " + response.getHeader("Access-Control-Allow-Origin"));
            response.then().statusCode(403);
        }

        @Test
        @DisplayName("a GET with a valid token is refused: no Access-Control-Allow-Origin for it, and no data")
        void shouldRefuseRead() {
            Response response = as(Tokens.COORDINATOR_08).header("Origin", EVIL).get("/api/v1/me");
            assertFalse(browserWouldAllow(response, EVIL),
                    () -> "Access-Control-Allow-Origin: " + response.getHeader("Access-Control-Allow-Origin"));
            response.then().statusCode(403).header("Access-Control-Allow-Origin", nullValue());
            assertFalse(response.asString().contains("coordinator-08"), "the body carries the caller's data");
        }

        @Test
        @DisplayName("an origin that only starts like the frontend's is not the frontend's")
        void shouldNotMatchOriginByPrefix() {
            Response response = given()
                    .header("Origin", FRONTEND + ".evil.example")
                    .header("Access-Control-Request-Method", "GET")
                    .options("/api/v1/me");
            assertFalse(browserWouldAllow(response, FRONTEND + ".evil.example"));
            response.then().header("Access-Control-Allow-Origin", not(equalTo(FRONTEND + ".evil.example")));
            assertNotEquals("*", response.getHeader("Access-Control-Allow-Origin"));
        }
    }

    @Test
    @DisplayName("a request without Origin (not from a browser) gets no CORS headers and is answered as usual")
    void shouldIgnoreRequestsWithoutOrigin() {
        as(Tokens.COORDINATOR_08).get("/api/v1/counties/08")
                .then().statusCode(200)
                .header("Access-Control-Allow-Origin", nullValue())
                .body("code", equalTo("08"));
    }
}
