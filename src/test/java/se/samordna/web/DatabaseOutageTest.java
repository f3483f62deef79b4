package se.samordna.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static se.samordna.testing.Fixtures.API;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import io.restassured.response.Response;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import se.samordna.testing.Database;
import se.samordna.testing.Fixtures;
import se.samordna.testing.PostgresControl;
import se.samordna.testing.Tokens;

/**
 * What callers get while PostgreSQL is gone or too slow: a 503 problem with {@code Retry-After}, quickly, never a 500
 * or a hang; readiness DOWN; and the API back by itself once PostgreSQL is. Stops the run's own PostgreSQL as an
 * operator would ({@code pg_ctl stop -m fast}) and starts it again before it ends, whatever happens.
 */
@QuarkusTest
class DatabaseOutageTest {

    private static final String ORGANISATIONS = API + "/counties/08/organisations";
    /** A request must be answered within this while the database is gone: the pool waits 3 s for a connection. */
    private static final Duration ANSWER_WITHIN = Duration.ofSeconds(8);
    /** After PostgreSQL accepts connections again, the API must answer within this. */
    private static final Duration RECOVER_WITHIN = Duration.ofSeconds(10);

    @Test
    @DisplayName("With PostgreSQL stopped, a list, a get and a create answer 503 problem with Retry-After within seconds and "
            + "write nothing, readiness is DOWN, and once PostgreSQL is back the API answers again by itself")
    void shouldAnswerServiceUnavailableWhileTheDatabaseIsGoneAndRecover() {
        PostgresControl postgres = PostgresControl.ofTestRun().orElse(null);
        assumeTrue(postgres != null, "SAMORDNA_TEST_DB_URL names an external PostgreSQL, which others may share: this test"
                + " stops PostgreSQL, so it runs only against the test run's own (leave SAMORDNA_TEST_DB_URL unset)");
        String token = Tokens.of(Tokens.COORDINATOR_08);
        String marker = Fixtures.marker();
        String id = Fixtures.createOrganisation("08", marker + " before the outage");
        String one = ORGANISATIONS + "/" + id;

        postgres.stopFast();
        try {
            timed("list", () -> given().auth().oauth2(token).get(ORGANISATIONS).then().spec(unavailable(ORGANISATIONS)));
            timed("get", () -> given().auth().oauth2(token).get(one).then().spec(unavailable(one)));
            timed("create", () -> given().auth().oauth2(token).contentType(ContentType.JSON)
                    .body(Fixtures.body("name", marker + " during the outage", "type", "OTHER"))
                    .post(ORGANISATIONS).then().spec(unavailable(ORGANISATIONS)));
            timed("readiness", () -> given().get("/q/health/ready").then().statusCode(503).body("status", is("DOWN")));
            given().get("/q/health/live").then().statusCode(200);
        } finally {
            postgres.start();
        }

        long restarted = System.nanoTime();
        RequestSpecification asCoordinator = given().auth().oauth2(token);
        while (asCoordinator.get(one).statusCode() != 200) {
            assertTrue(System.nanoTime() - restarted < RECOVER_WITHIN.toNanos(),
                    "the API did not answer again within " + RECOVER_WITHIN + " after PostgreSQL was back");
            sleep(100);
        }
        System.out.printf("DatabaseOutageTest: first 200 %d ms after PostgreSQL accepted connections again%n",
                (System.nanoTime() - restarted) / 1_000_000);
        // no request meets a connection that died with the old server
        for (int i = 0; i < 20; i++) {
            given().auth().oauth2(token).get(one).then().statusCode(200);
        }
        given().get("/q/health/ready").then().statusCode(200).body("status", is("UP"));
        given().auth().oauth2(token).queryParam("q", marker).get(ORGANISATIONS).then().statusCode(200)
                .body("totalItems", is(1)).body("items[0].id", equalTo(id));
    }

    @Test
    @DisplayName("An import cut by PostgreSQL stopping while it writes its rows is absent afterwards: none of its rows; "
            + "it could not be recorded FAILED while PostgreSQL was gone, so it is when read after recovery (GET and list)")
    void shouldLeaveAnInterruptedImportAbsent() throws Exception {
        PostgresControl postgres = PostgresControl.ofTestRun().orElse(null);
        assumeTrue(postgres != null, "SAMORDNA_TEST_DB_URL names an external PostgreSQL: this test stops PostgreSQL");
        String marker = Fixtures.marker();
        int rows = 20_000;
        StringBuilder csv = new StringBuilder("name,type\n");
        for (int i = 0; i < rows; i++) {
            csv.append(marker).append(" row ").append(i).append(",OTHER\n");
        }
        String token = Tokens.of(Tokens.COORDINATOR_08);
        String key = UUID.randomUUID().toString();
        ExecutorService caller = Executors.newSingleThreadExecutor();
        Future<Response> answer = caller.submit(() -> given().auth().oauth2(token).contentType("text/csv")
                .header("Idempotency-Key", key).queryParam("kind", "organisations").body(csv.toString())
                .post(API + "/counties/08/imports"));
        int answered;
        try {
            // the import's transaction has written rows (it holds a transaction id) and not yet committed
            long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
            while (((Number) Database.query("select count(*) as n from pg_stat_activity where backend_xid is not null"
                    + " and pid <> pg_backend_pid()").getFirst().get("n")).intValue() == 0) {
                assertTrue(!answer.isDone(), "the import ended before it could be interrupted: "
                        + (answer.isDone() ? answer.get().statusCode() : ""));
                assertTrue(System.nanoTime() < deadline, "the import did not start writing within 2 minutes");
                sleep(20);
            }
            postgres.stopFast();
            try {
                answered = answer.get(60, TimeUnit.SECONDS).then().spec(unavailable(API + "/counties/08/imports"))
                        .extract().statusCode();
            } finally {
                postgres.start();
            }
        } finally {
            caller.shutdownNow();
        }
        long restarted = System.nanoTime();
        while (given().auth().oauth2(token).queryParam("q", marker).get(ORGANISATIONS).statusCode() != 200) {
            assertTrue(System.nanoTime() - restarted < RECOVER_WITHIN.toNanos(), "no recovery within " + RECOVER_WITHIN);
            sleep(100);
        }
        given().auth().oauth2(token).queryParam("q", marker).get(ORGANISATIONS).then().statusCode(200)
                .body("totalItems", is(0));
        // its attempt to record itself FAILED met the database still gone: it is RUNNING, abandoned, till read
        Map<String, Object> run = Database.query("select id, status, started_at from import_run where idempotency_key = ?",
                key).getFirst();
        assertEquals("RUNNING", run.get("status"));
        Duration abandonedAfter = ConfigProvider.getConfig().getValue("samordna.imports.abandoned-after", Duration.class);
        long waited = ((java.sql.Timestamp) run.get("started_at")).toInstant().plus(abandonedAfter).toEpochMilli()
                - System.currentTimeMillis() + 100;
        sleep(Math.max(0, waited));
        String imports = API + "/counties/08/imports";
        given().auth().oauth2(token).get(imports + "/" + run.get("id")).then().statusCode(200)
                .body("status", is("FAILED")).body("created", is(0)).body("finishedAt", notNullValue());
        given().auth().oauth2(token).get(imports).then().statusCode(200)
                .body("items.find { it.id == '%s' }.status".formatted(run.get("id")), is("FAILED"));
        assertEquals("FAILED", Database.row("import_run", (UUID) run.get("id")).get("status"));
        given().auth().oauth2(token).queryParam("q", marker).get(ORGANISATIONS).then().statusCode(200)
                .body("totalItems", is(0));
        System.out.printf("DatabaseOutageTest: import of %d rows cut by the outage answered %d; none of its rows exist; "
                + "read FAILED after %d ms more%n", rows, answered, Math.max(0, waited));
    }

    @Test
    @DisplayName("A statement slower than the statement timeout (5 s) is cut by PostgreSQL and answered 503 problem with "
            + "Retry-After, and the connection serves the next request")
    void shouldCutASlowStatement() {
        given().get(API + "/test-only/database/setting/statement_timeout").then().statusCode(200).body(is("5s"));
        String path = API + "/test-only/database/sleep";
        long started = System.nanoTime();
        given().queryParam("seconds", 30).get(path).then().spec(unavailable(path));
        long millis = (System.nanoTime() - started) / 1_000_000;
        System.out.printf("DatabaseOutageTest: pg_sleep(30) answered 503 after %d ms%n", millis);
        assertTrue(millis >= 4_500 && millis < 8_000, "cut by the 5 s statement timeout, not earlier and not hanging: " + millis);
        given().queryParam("seconds", 0.01).get(path).then().statusCode(200);
    }

    @Test
    @DisplayName("A change that PostgreSQL undoes to break a deadlock is answered 503 problem with Retry-After and writes "
            + "nothing; sent again, it is made")
    void shouldAnswerADeadlockServiceUnavailable() throws Exception {
        String token = Tokens.of(Tokens.COORDINATOR_08);
        // The API's change updates the organisation's row, then waits for its county's change-feed lock, which a
        // connection here holds; that connection then asks for the row: each waits for the other. PostgreSQL checks
        // a waiting session once, deadlock_timeout (1 s) after it began to wait, and undoes the transaction of the
        // session that finds the cycle: the API's, if this connection asks within that second. When this machine is
        // too slow for that, this connection's own statement is undone instead and the API's change goes through;
        // that answer is checked too, and the test tries again (at most 5 times) until the API's is undone.
        for (int attempt = 1; ; attempt++) {
            String marker = Fixtures.marker();
            String id = Fixtures.createOrganisation("08", marker + " before");
            String one = ORGANISATIONS + "/" + id;
            Supplier<Response> rename = () -> given().auth().oauth2(token).contentType("application/merge-patch+json")
                    .header("If-Match", "\"0\"").body("{\"name\": \"" + marker + " after\"}").patch(one);
            ExecutorService executor = Executors.newSingleThreadExecutor();
            boolean apiUndone;
            try (java.sql.Connection holder = Database.newConnection()) {
                Database.holdCountyLock(holder, "change_event", "08");
                Future<Response> change = executor.submit(rename::get);
                long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
                while (!Database.waitingForAdvisoryLock()) {
                    assertTrue(System.nanoTime() < until, "the change to wait for the county's change-feed lock");
                    Thread.sleep(10);
                }
                try (var statement = holder.prepareStatement(
                        "update organisation set name = name where county_code = '08' and id = ?::uuid")) {
                    statement.setString(1, id);
                    statement.executeUpdate();
                    apiUndone = true;
                } catch (java.sql.SQLException e) {
                    assertEquals("40P01", e.getSQLState(), "only the deadlock may undo this connection's statement");
                    apiUndone = false;
                }
                holder.rollback();
                Response answer = change.get(30, TimeUnit.SECONDS);
                if (apiUndone) {
                    answer.then().spec(unavailable(one));
                    assertEquals(marker + " before", Database.row("organisation", UUID.fromString(id)).get("name"),
                            "the undone change wrote nothing");
                    rename.get().then().statusCode(200).body("name", equalTo(marker + " after"));
                    System.out.printf("DatabaseOutageTest: deadlock answered 503 on attempt %d%n", attempt);
                    return;
                }
                answer.then().statusCode(200).body("name", equalTo(marker + " after"));
                assertTrue(attempt < 5, "the API's change was never the one undone in 5 attempts");
            } finally {
                executor.shutdownNow();
            }
        }
    }

    private static io.restassured.specification.ResponseSpecification unavailable(String path) {
        return new io.restassured.builder.ResponseSpecBuilder()
                .addResponseSpecification(Fixtures.problem(503, path))
                .expectBody("type", equalTo(Fixtures.problemType("service-unavailable")))
                .expectHeader("Retry-After", "5")
                .build();
    }

    private static void timed(String what, Supplier<ValidatableResponse> request) {
        long started = System.nanoTime();
        request.get();
        long millis = (System.nanoTime() - started) / 1_000_000;
        System.out.printf("DatabaseOutageTest: %s answered in %d ms with PostgreSQL stopped%n", what, millis);
        assertTrue(millis < ANSWER_WITHIN.toMillis(), what + " took " + millis + " ms; at most " + ANSWER_WITHIN + " expected");
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
