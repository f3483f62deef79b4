package se.samordna.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static se.samordna.testing.Fixtures.API;
import static se.samordna.testing.Fixtures.problem;
import static se.samordna.testing.Tokens.as;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import org.jboss.logmanager.ExtLogRecord;
import org.jboss.logmanager.Logger;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import se.samordna.testing.Fixtures;
import se.samordna.testing.Tokens;

/** Every answer carries X-Request-Id, the client's own when sane; problems and log lines carry the same id. */
@QuarkusTest
@DisplayName("X-Request-Id")
class RequestIdTest {

    private static final String UUID = "^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[0-9a-f]{4}-[0-9a-f]{12}$";

    @Nested
    @DisplayName("A client that sends one")
    class ClientSendsOne {

        @Test
        @DisplayName("GET /me with a sane X-Request-Id answers the same id")
        void shouldEchoASaneId() {
            as(Tokens.COORDINATOR_08).header("X-Request-Id", "frontend-7f3a.42:retry_1").get(API + "/me")
                    .then().statusCode(200).header("X-Request-Id", equalTo("frontend-7f3a.42:retry_1"));
        }

        @Test
        @DisplayName("GET /me with an X-Request-Id too long or of unsafe characters answers a new UUID instead")
        void shouldReplaceAnInsaneId() {
            for (String insane : List.of("x".repeat(RequestIds.MAX_LENGTH + 1), "a b", "id\"><script>", "ä", "")) {
                String answered = as(Tokens.COORDINATOR_08).header("X-Request-Id", insane).get(API + "/me")
                        .then().statusCode(200).extract().header("X-Request-Id");
                assertTrue(answered.matches(UUID), () -> "for " + insane + ": " + answered);
            }
        }

        @Test
        @DisplayName("A problem answer holds the id the client sent, in requestId and X-Request-Id")
        void shouldPutTheSentIdInTheProblem() {
            as(Tokens.COORDINATOR_08).header("X-Request-Id", "support-case-1234")
                    .get(API + "/counties/08/organisations/{id}", java.util.UUID.randomUUID())
                    .then().spec(problem(404)).header("X-Request-Id", "support-case-1234")
                    .body("requestId", equalTo("support-case-1234"));
        }
    }

    @Nested
    @DisplayName("A client that sends none")
    class ClientSendsNone {

        @Test
        @DisplayName("Every answer carries a new UUID, another for every request")
        void shouldGenerateOne() {
            String first = as(Tokens.COORDINATOR_08).get(API + "/me").then().statusCode(200)
                    .header("X-Request-Id", matchesPattern(UUID)).extract().header("X-Request-Id");
            String second = given().get(API + "/counties").then().statusCode(401)
                    .header("X-Request-Id", matchesPattern(UUID)).extract().header("X-Request-Id");
            assertNotEquals(first, second);
            given().get("/q/health/live").then().statusCode(200).header("X-Request-Id", matchesPattern(UUID));
        }

        @Test
        @DisplayName("Problem answers (401, 403, 400, 405) hold the id of their X-Request-Id header")
        void shouldPutTheGeneratedIdInEveryProblem() {
            List<Response> answers = List.of(
                    given().get(API + "/counties/08/organisations"),
                    as(Tokens.COORDINATOR_10).get(API + "/counties/08/organisations"),
                    as(Tokens.COORDINATOR_08).queryParam("size", 999).get(API + "/counties/08/organisations"),
                    as(Tokens.COORDINATOR_08).delete(API + "/counties/08/organisations"));
            for (Response answer : answers) {
                answer.then().spec(problem(answer.statusCode()));
                assertEquals(answer.header("X-Request-Id"), answer.path("requestId"), answer.asString());
            }
            assertEquals(List.of(401, 403, 400, 405), answers.stream().map(Response::statusCode).toList());
        }

        @Test
        @DisplayName("A refused import's problem (import-rejected) holds the id too")
        void shouldPutTheIdInTheImportProblem() {
            Response refused = as(Tokens.COORDINATOR_08).contentType("application/json")
                    .body("[{\"name\": \"\", \"type\": \"OTHER\"}]").post(API + "/counties/08/imports?kind=organisations&dryRun=true");
            refused.then().statusCode(422).header("X-Request-Id", matchesPattern(UUID));
            assertEquals(refused.header("X-Request-Id"), refused.path("requestId"));
        }
    }

    @Test
    @DisplayName("The log lines of a request carry its id in the MDC (requestId)")
    void shouldLogWithTheRequestId() {
        List<ExtLogRecord> records = new CopyOnWriteArrayList<>();
        Handler capture = new Handler() {
            @Override
            public void publish(LogRecord record) {
                if (record instanceof ExtLogRecord ext && ext.getMessage() != null) {
                    ext.copyMdc();
                    records.add(ext);
                }
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        Logger imports = Logger.getLogger("se.samordna.imports");
        imports.addHandler(capture);
        try {
            String id = "log-check-" + Fixtures.marker();
            as(Tokens.COORDINATOR_08).header("X-Request-Id", id).contentType("application/json")
                    .body(("[{\"name\": \"" + Fixtures.marker() + "\", \"type\": \"OTHER\"}]").getBytes(StandardCharsets.UTF_8))
                    .post(API + "/counties/08/imports?kind=organisations").then().statusCode(201);
            assertTrue(records.stream().anyMatch(r -> id.equals(r.getMdc(RequestIds.MDC_KEY))),
                    () -> "no log line of the import carries " + id + ": " + records.stream()
                            .map(r -> r.getMdc(RequestIds.MDC_KEY) + " " + r.getMessage()).toList());
        } finally {
            imports.removeHandler(capture);
        }
    }
}
