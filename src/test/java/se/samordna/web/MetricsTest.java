package se.samordna.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static se.samordna.testing.Fixtures.API;
import static se.samordna.testing.Tokens.as;

import io.quarkus.test.junit.QuarkusTest;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import se.samordna.testing.Fixtures;
import se.samordna.testing.Tokens;

/** /q/metrics serves Prometheus text: requests per operation without ids, the connection pool, the imports. */
@QuarkusTest
@DisplayName("GET /q/metrics")
class MetricsTest {

    private static final Pattern ANY_UUID = Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

    private static String metrics() {
        return given().accept("text/plain").get("/q/metrics").then().statusCode(200)
                .contentType(startsWith("text/plain")).extract().asString();
    }

    private static List<String> series(String metrics, String name) {
        return metrics.lines().filter(line -> line.startsWith(name + "{")).toList();
    }

    @Test
    @DisplayName("Requests are counted and timed per method, templated URI and status, with no id in any label, those refused by the request limits too")
    void shouldCountRequestsPerOperationWithoutIds() {
        String id = Fixtures.createOrganisation("08", Fixtures.marker());
        String unknown = UUID.randomUUID().toString();
        as(Tokens.COORDINATOR_08).get(API + "/counties/08/organisations/{id}", id).then().statusCode(200);
        as(Tokens.COORDINATOR_08).get(API + "/counties/08/organisations/{id}", unknown).then().statusCode(404);
        // answers outside any operation: a method the path does not offer, a path the API does not have
        as(Tokens.COORDINATOR_08).put(API + "/counties/08/organisations/{id}/history", id).then().statusCode(405);
        as(Tokens.COORDINATOR_08).get(API + "/counties/08/organisations/{id}/nothing", unknown).then().statusCode(404);
        // refused by the request limits before any route, without a token: a 431 and a 414 under paths with an id
        String refused = UUID.randomUUID().toString();
        given().header("X-Padding", "x".repeat(RequestLimits.MAX_HEADER_BYTES + 1))
                .get(API + "/counties/08/organisations/{id}", refused).then().statusCode(431);
        given().queryParam("q", "x".repeat(RequestLimits.MAX_URI_LENGTH))
                .get(API + "/counties/08/organisations/{id}", refused).then().statusCode(414);

        String metrics = metrics();

        List<String> requests = series(metrics, "http_server_requests_seconds_count");
        assertTrue(requests.stream().anyMatch(line -> line.contains("method=\"GET\"")
                && line.contains("uri=\"/counties/{cc}/organisations/{id}\"") && line.contains("status=\"200\"")),
                () -> "no series of GET /counties/{cc}/organisations/{id}: " + requests);
        assertTrue(requests.stream().anyMatch(line -> line.contains("uri=\"/counties/{cc}/organisations/{id}\"")
                && line.contains("status=\"404\"") && line.contains("outcome=\"CLIENT_ERROR\"")),
                () -> "errors are not counted apart: " + requests);
        assertFalse(metrics.contains(id) || metrics.contains(unknown) || metrics.contains(refused), () -> "an id is in a "
                + "label: " + metrics.lines().filter(line -> line.contains(id) || line.contains(unknown)
                        || line.contains(refused)).toList());
        for (String status : List.of("431", "414")) {
            assertTrue(requests.stream().anyMatch(line -> line.contains("uri=\"/UNMATCHED\"")
                    && line.contains("status=\"" + status + "\"")),
                    () -> "a " + status + " of the request limits is not counted as /UNMATCHED: " + requests);
        }
        assertTrue(requests.stream().anyMatch(line -> line.contains("uri=\"/UNMATCHED\"") && line.contains("status=\"405\"")),
                () -> "a 405 outside any operation is not counted as /UNMATCHED: " + requests);
        assertTrue(requests.stream().noneMatch(line -> ANY_UUID.matcher(line).find()),
                () -> "a series names an id: " + requests.stream().filter(l -> ANY_UUID.matcher(l).find()).toList());
        assertFalse(series(metrics, "http_server_requests_seconds_bucket").isEmpty()
                && series(metrics, "http_server_requests_seconds_max").isEmpty(), "latency is not measured");
    }

    @Test
    @DisplayName("The JDBC connection pool is measured (active, available, awaiting connections)")
    void shouldMeasureTheConnectionPool() {
        String metrics = metrics();
        for (String name : List.of("agroal_active_count", "agroal_available_count", "agroal_awaiting_count",
                "agroal_max_used_count")) {
            assertFalse(series(metrics, name).isEmpty(), () -> name + " is missing");
        }
    }

    @Test
    @DisplayName("Imports are counted and timed by kind and outcome, and their rows by what became of them")
    void shouldMeasureImports() {
        as(Tokens.COORDINATOR_08).contentType("application/json")
                .body(("[{\"name\": \"" + Fixtures.marker() + "\", \"type\": \"OTHER\"}]").getBytes(StandardCharsets.UTF_8))
                .post(API + "/counties/08/imports?kind=organisations").then().statusCode(201);
        as(Tokens.COORDINATOR_08).contentType("application/json").body("[{\"name\": \"\", \"type\": \"OTHER\"}]")
                .post(API + "/counties/08/imports?kind=organisations").then().statusCode(422);

        String metrics = metrics();

        List<String> imports = series(metrics, "samordna_imports_seconds_count");
        assertTrue(imports.stream().anyMatch(l -> l.contains("kind=\"organisations\"") && l.contains("outcome=\"SUCCEEDED\"")),
                () -> "no succeeded import: " + imports);
        assertTrue(imports.stream().anyMatch(l -> l.contains("kind=\"organisations\"") && l.contains("outcome=\"REJECTED\"")),
                () -> "no refused import: " + imports);
        List<String> rows = series(metrics, "samordna_import_rows_total");
        assertTrue(rows.stream().anyMatch(l -> l.contains("outcome=\"created\"")), () -> "no created rows: " + rows);
        assertTrue(rows.stream().anyMatch(l -> l.contains("outcome=\"refused\"")), () -> "no refused rows: " + rows);
    }
}
