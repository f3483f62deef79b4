package se.samordna.imports;

import se.samordna.testing.Fixtures;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static se.samordna.imports.ImportData.HEADER;
import static se.samordna.imports.ImportData.csv;
import static se.samordna.imports.ImportData.organisationRows;
import static se.samordna.imports.ImportData.organisationsNamed;
import static se.samordna.testing.Fixtures.marker;
import static se.samordna.testing.Fixtures.problem;
import static se.samordna.testing.Tokens.as;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import se.samordna.testing.Database;
import se.samordna.testing.Tokens;

/** Idempotency-Key and one import at a time per county: replays write nothing, a running key is 409, a second import 429. */
@QuarkusTest
@DisplayName("Imports: Idempotency-Key and one at a time (coordinator-08)")
class ImportIdempotencyTest {

    static Response importWithKey(String key, String body) {
        var request = as(Tokens.COORDINATOR_08).contentType(ImportData.CSV);
        if (key != null) {
            request = request.header("Idempotency-Key", key);
        }
        return request.body(body.getBytes(StandardCharsets.UTF_8)).post(ImportData.imports("08") + "?kind=organisations");
    }

    @Test
    @DisplayName("POST /counties/08/imports twice with one Idempotency-Key and body answers the first answer and writes nothing more")
    void shouldReplayTheFirstAnswer() {
        String marker = marker();
        String key = UUID.randomUUID().toString();
        String body = csv(HEADER, organisationRows(marker, 20));
        Response first = importWithKey(key, body);
        first.then().statusCode(201).body("created", is(20));
        long before = Database.lastChangeEvent();

        Response again = importWithKey(key, body);

        again.then().statusCode(201).body("id", equalTo(first.path("id"))).body("created", is(20))
                .header("Location", equalTo(first.header("Location")));
        assertEquals(first.asString(), again.asString());
        assertEquals(20, organisationsNamed("08", marker), "the replay created no second set");
        assertEquals(before, Database.lastChangeEvent(), "the replay wrote no change event");
    }

    @Test
    @DisplayName("POST /counties/08/imports with a used Idempotency-Key and another body returns 422 and writes nothing")
    void shouldRefuseAKeyReusedForAnotherBody() {
        String key = UUID.randomUUID().toString();
        importWithKey(key, csv(HEADER, organisationRows(marker(), 2))).then().statusCode(201);
        String other = marker();
        long before = Database.lastChangeEvent();

        importWithKey(key, csv(HEADER, organisationRows(other, 2))).then().spec(problem(422))
                .body("type", equalTo(Fixtures.problemType("idempotency-key-reused")));

        assertEquals(0, organisationsNamed("08", other));
        assertEquals(before, Database.lastChangeEvent());
    }

    @Test
    @DisplayName("POST /counties/08/imports while the first with its key runs returns 409, another import 429 with Retry-After")
    void shouldRefuseWhileTheFirstRuns() throws Exception {
        String marker = marker();
        String key = UUID.randomUUID().toString();
        String body = csv(HEADER, organisationRows(marker, 500));
        try (Connection holder = connection()) {
            // the first import waits, with its county's import lock, for the change-feed lock of Kalmar held here
            Database.holdCountyLock(holder, "change_event", "08");
            CompletableFuture<Response> first = CompletableFuture.supplyAsync(() -> importWithKey(key, body));
            awaitTrue(() -> Database.waitingForAdvisoryLock() && running(key), "the first import to wait for the lock");

            importWithKey(key, body).then().spec(problem(409))
                    .body("type", equalTo(Fixtures.problemType("idempotency-key-in-use")))
                    .header("Retry-After", notNullValue());
            String second = marker();
            importWithKey(null, csv(HEADER, organisationRows(second, 1))).then().spec(problem(429))
                    .body("type", equalTo(Fixtures.problemType("import-running")))
                    .header("Retry-After", equalTo("5"));
            importWithKey(UUID.randomUUID().toString(), csv(HEADER, organisationRows(second, 1))).then()
                    .spec(problem(429));
            assertEquals(0, organisationsNamed("08", second));

            holder.rollback();
            Response done = first.get(60, TimeUnit.SECONDS);
            done.then().statusCode(201).body("created", is(500));
            importWithKey(key, body).then().statusCode(201).body("id", equalTo(done.path("id")));
            assertEquals(500, organisationsNamed("08", marker));
        }
    }

    @Test
    @DisplayName("POST /counties/08/imports with the key of an import whose instance stopped runs it afresh, and the stopped "
            + "one reads FAILED")
    void shouldTakeOverTheKeyOfAnAbandonedImport() {
        String marker = marker();
        String key = UUID.randomUUID().toString();
        // what an instance that stopped in the middle of an import leaves: its claim, and nothing else
        UUID stopped = insertRunning(key, Duration.ofMinutes(2));

        importWithKey(key, csv(HEADER, organisationRows(marker, 3))).then().statusCode(201).body("created", is(3));

        assertEquals(3, organisationsNamed("08", marker));
        as(Tokens.COORDINATOR_08).get(ImportData.imports("08") + "/" + stopped).then().statusCode(200)
                .body("status", is("FAILED")).body("created", is(0)).body("finishedAt", notNullValue());
    }

    @Test
    @DisplayName("GET /counties/08/imports and /{id} record an import whose instance stopped (RUNNING, older than "
            + "samordna.imports.abandoned-after, its county's import lock free) FAILED in SQL and answer it FAILED; one "
            + "younger, or while an import of the county holds the lock, stays RUNNING")
    void shouldRecordAnAbandonedImportFailedWhenRead() throws Exception {
        Duration abandonedAfter = ConfigProvider.getConfig().getValue("samordna.imports.abandoned-after", Duration.class);
        UUID young = insertRunning(UUID.randomUUID().toString(), Duration.ZERO);
        UUID stopped = insertRunning(UUID.randomUUID().toString(), abandonedAfter.plusSeconds(1));
        String one = ImportData.imports("08") + "/" + stopped;
        try (Connection holder = connection()) {
            // an import of Kalmar runs (holds the lock): the old RUNNING one may be that import
            Database.holdCountyLock(holder, "import", "08");
            as(Tokens.COORDINATOR_08).get(one).then().statusCode(200).body("status", is("RUNNING"));
            holder.rollback();
        }
        as(Tokens.COORDINATOR_08).get(ImportData.imports("08") + "/" + young).then().statusCode(200)
                .body("status", is("RUNNING"));

        as(Tokens.COORDINATOR_08).queryParam("size", 200).get(ImportData.imports("08")).then().statusCode(200)
                .body("items.find { it.id == '%s' }.status".formatted(stopped), is("FAILED"))
                .body("items.find { it.id == '%s' }.status".formatted(young), is("RUNNING"));

        var row = Database.row("import_run", stopped);
        assertEquals("FAILED", row.get("status"));
        assertEquals(null, row.get("idempotency_key"), "a FAILED import gives its key back");
        as(Tokens.IMPORTER_08).get(one).then().statusCode(200).body("status", is("FAILED"))
                .body("finishedAt", notNullValue());
    }

    @Test
    @DisplayName("POST /counties/08/imports whose database connection is lost while it writes answers 503, is recorded "
            + "FAILED at once with none of its rows, and its Idempotency-Key runs it afresh")
    void shouldRecordAnImportFailedWhenItsConnectionIsLost() throws Exception {
        String marker = marker();
        String key = UUID.randomUUID().toString();
        String body = csv(HEADER, organisationRows(marker, 50));
        try (Connection holder = connection()) {
            // the import waits, with its rows written, for the change-feed lock of Kalmar held here
            Database.holdCountyLock(holder, "change_event", "08");
            CompletableFuture<Response> cut = CompletableFuture.supplyAsync(() -> importWithKey(key, body));
            awaitTrue(() -> Database.waitingForAdvisoryLock() && running(key), "the import to wait for the lock");
            UUID id = (UUID) Database.query("select id from import_run where idempotency_key = ?", key).getFirst().get("id");

            Database.query("""
                    select pg_terminate_backend(pid) from pg_locks where locktype = 'advisory' and not granted
                    and database = (select oid from pg_database where datname = current_database())""");

            cut.get(60, TimeUnit.SECONDS).then().spec(problem(503))
                    .body("type", equalTo(Fixtures.problemType("service-unavailable")));
            holder.rollback();
            assertEquals("FAILED", Database.row("import_run", id).get("status"), "recorded FAILED when it failed");
            as(Tokens.COORDINATOR_08).get(ImportData.imports("08") + "/" + id).then().statusCode(200)
                    .body("status", is("FAILED")).body("created", is(0));
            assertEquals(0, organisationsNamed("08", marker));

            importWithKey(key, body).then().statusCode(201).body("created", is(50))
                    .body("id", org.hamcrest.Matchers.not(equalTo(id.toString())));
            assertEquals(50, organisationsNamed("08", marker));
        }
    }

    /** A RUNNING import of Kalmar, as an instance leaves it that stopped {@code age} after it began; its id. */
    static UUID insertRunning(String key, Duration age) {
        UUID id = UUID.randomUUID();
        Database.updateOne("insert into import_run (county_code, id, kind, status, idempotency_key, body_hash, started_at, "
                + "started_by) values ('08', ?, 'organisations', 'RUNNING', ?, 'stopped', now() - ? * interval '1 millisecond', "
                + "'a stopped instance')", id, key, age.toMillis());
        return id;
    }

    static boolean running(String key) {
        return !Database.query("select 1 from import_run where idempotency_key = ? and status = 'RUNNING'", key).isEmpty();
    }

    static void awaitTrue(BooleanSupplier condition, String what) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        while (!condition.getAsBoolean()) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("waited 60 s for " + what);
            }
            Thread.sleep(50);
        }
    }

    static Connection connection() throws Exception {
        return Database.newConnection();
    }
}
