package se.samordna.web;

import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static se.samordna.testing.Fixtures.API;
import static se.samordna.testing.Fixtures.problem;
import static se.samordna.testing.Tokens.as;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import se.samordna.testing.Database;
import se.samordna.testing.Fixtures;
import se.samordna.testing.Tokens;

/**
 * Rate limits per client on imports, exports and calendars: beyond the limit a 429 problem with Retry-After, while
 * another client goes on. The suite itself runs with limits out of reach; this class lowers them to 2 per hour in a
 * test profile of its own (a Quarkus start of its own), and clears the counters of its two clients before each test,
 * so that earlier requests of the suite or of an earlier run in the same hour count for nothing here.
 */
@QuarkusTest
@TestProfile(RateLimitTest.LowLimits.class)
@DisplayName("Rate limits per client (2 per hour in this test profile)")
class RateLimitTest {

    static final int LIMIT = 2;

    /** Limits low enough to reach in a test, in a window longer than any test. */
    public static class LowLimits implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("samordna.rate-limits.window", "PT1H",
                    "samordna.rate-limits.imports-per-window", String.valueOf(LIMIT),
                    "samordna.rate-limits.exports-per-window", String.valueOf(LIMIT),
                    "samordna.rate-limits.calendars-per-window", String.valueOf(LIMIT));
        }
    }

    @BeforeEach
    void clearTheCountersOfThisTestsClients() {
        for (String user : List.of(Tokens.COORDINATOR_08, Tokens.COORDINATOR_0810, Tokens.MEMBER_08)) {
            Database.query("delete from rate_limit_window where client_key = ? returning client_key", Fixtures.subjectOf(user));
        }
    }

    private static Response dryRunImport(String user) {
        return as(user).contentType("application/json").body("[{\"name\": \"Kalmar kommun\", \"type\": \"MUNICIPALITY\"}]")
                .post(API + "/counties/08/imports?kind=organisations&dryRun=true");
    }

    private static Response overviewCsv(String user) {
        return as(user).get(API + "/counties/08/overview.csv");
    }

    private static Response calendar(String user) {
        return as(user).get(API + "/counties/08/meetings.ics");
    }

    /** The first LIMIT requests pass, the next is 429 with Retry-After; another client still passes. */
    private static void assertLimited(Function<String, Response> call, int passes, String bucket) {
        for (int i = 0; i < LIMIT; i++) {
            call.apply(Tokens.COORDINATOR_08).then().statusCode(passes);
        }
        Response refused = call.apply(Tokens.COORDINATOR_08);
        refused.then().spec(problem(429)).body("type", equalTo(Fixtures.problemType("rate-limited")))
                .header("Retry-After", org.hamcrest.Matchers.notNullValue());
        int retryAfter = Integer.parseInt(refused.header("Retry-After"));
        assertTrue(retryAfter >= 1 && retryAfter <= 3600, "Retry-After " + retryAfter + " is within the hour's window");
        assertTrue(refused.path("detail").toString().contains(bucket), refused.asString());

        call.apply(Tokens.COORDINATOR_0810).then().statusCode(passes);
    }

    @Test
    @DisplayName("POST /counties/08/imports a third time in the window returns 429 with Retry-After; coordinator-0810 still imports")
    void shouldLimitImports() {
        assertLimited(RateLimitTest::dryRunImport, 200, "imports");
    }

    @Test
    @DisplayName("GET /counties/08/overview.csv a third time in the window returns 429 with Retry-After; coordinator-0810 still exports")
    void shouldLimitExports() {
        assertLimited(RateLimitTest::overviewCsv, 200, "exports");
    }

    @Test
    @DisplayName("GET /counties/08/meetings.ics a third time in the window returns 429 with Retry-After; coordinator-0810 still reads it")
    void shouldLimitCalendars() {
        assertLimited(RateLimitTest::calendar, 200, "calendars");
    }

    @Test
    @DisplayName("Each kind has a limit of its own: imports used up leave exports and calendars open")
    void shouldCountEachKindApart() {
        for (int i = 0; i <= LIMIT; i++) {
            dryRunImport(Tokens.COORDINATOR_08);
        }
        dryRunImport(Tokens.COORDINATOR_08).then().statusCode(429);
        overviewCsv(Tokens.COORDINATOR_08).then().statusCode(200);
        calendar(Tokens.COORDINATOR_08).then().statusCode(200);
    }

    @Test
    @DisplayName("A request the caller may not make (403) counts for nothing")
    void shouldNotCountRefusedRequests() {
        for (int i = 0; i <= LIMIT; i++) {
            as(Tokens.MEMBER_08).get(API + "/counties/08/overview.csv").then().statusCode(403);
        }
        assertEquals(0, counted(Tokens.MEMBER_08));
    }

    private static int counted(String user) {
        return Database.query("select requests from rate_limit_window where client_key = ? and bucket = 'exports'",
                Fixtures.subjectOf(user)).stream().mapToInt(row -> ((Number) row.get("requests")).intValue()).sum();
    }

    @Test
    @DisplayName("Every import, CSV export and calendar of the spec declares its 429 with Retry-After")
    void shouldDeclareTheLimitInTheSpec() throws IOException {
        JsonNode paths = new ObjectMapper(new YAMLFactory()).readTree(Path.of("openapi/openapi.yaml").toFile()).path("paths");
        List<String> limited = new ArrayList<>();
        paths.fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(operation -> {
            JsonNode answer = operation.getValue().path("responses").path("429");
            if (!answer.path("headers").path("Retry-After").isMissingNode()
                    && answer.path("description").asText().contains("rate-limited")) {
                limited.add(operation.getValue().path("operationId").asText());
            }
        }));
        assertEquals(List.of("createImport", "getCountyMeetingsCalendar", "getMeetingCalendar", "exportNetworkMembers",
                "exportCountyOverview", "exportSurveyResponses").stream().sorted().toList(), limited.stream().sorted().toList());
    }
}
