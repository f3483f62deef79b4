package se.samordna.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static se.samordna.testing.Fixtures.API;

import io.quarkus.test.junit.QuarkusTest;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import se.samordna.testing.Database;
import se.samordna.testing.Fixtures;
import se.samordna.testing.PackagedApi;
import se.samordna.testing.Tokens;

/**
 * A SIGTERM during load loses nothing: starts the packaged API ({@code target/quarkus-app/quarkus-run.jar}, production
 * profile, {@code -Xmx256m}) on the run's PostgreSQL and Keycloak, sends it an import and a stream of list requests,
 * sends SIGTERM, and checks what {@code scripts/shutdown-check} checks by hand: readiness DOWN at once while requests
 * are still served for the shutdown delay, the import in flight finished with all its rows, no request cut off (but
 * one started in the delay's last moment, {@link #LAST_MOMENT}). The
 * import is held in flight by the change-feed lock of its county, taken here and let go 2 s after SIGTERM (its wait
 * must stay under the 5 s statement timeout), so that it is surely running when SIGTERM comes. Surefire runs the suite after
 * {@code package} (pom.xml) so that the jar is there and is this build's.
 */
@QuarkusTest
class GracefulShutdownTest {

    /** {@code quarkus.shutdown.delay} of the production profile. */
    private static final Duration DELAY = Duration.ofSeconds(5);
    private static final int ROWS = 3_000;
    /** When the import held up in flight is let go, after SIGTERM. */
    private static final Duration RELEASE_AFTER = Duration.ofSeconds(2);
    private static final int CLIENTS = 4;
    /**
     * A request is timed when its client starts it, before it opens its connection: one started this little before the
     * delay ends may reach the API after it (the README: "a connection opened in the very last moment may be reset"),
     * as one started 5 ms before it did on a busy machine. Requests started earlier in the delay must all be answered.
     */
    private static final Duration LAST_MOMENT = Duration.ofMillis(500);

    /** One list request: when it was sent (ms after SIGTERM, negative before), and its status or failure. */
    private record Sent(long at, int status, Exception failure) {

        boolean refusedAtConnect() {
            return failure instanceof ConnectException;
        }
    }

    @Test
    @DisplayName("SIGTERM to the packaged API during an import and a stream of list requests: readiness DOWN within 1 s, "
            + "requests still served during the shutdown delay, none sent before its last 0.5 s cut off, and the import in "
            + "flight answered 201 with all its rows")
    void shouldFinishWhatIsInFlightAfterReadinessGoesDown() throws Exception {
        assertTrue(Files.exists(PackagedApi.JAR), PackagedApi.JAR + " is missing: this test runs after package (./mvnw verify, scripts/test)");
        int port = PackagedApi.freePort();
        String api = "http://localhost:" + port;
        Path log = Path.of("target/graceful-shutdown-api.log");
        long launched = System.nanoTime();
        Process process = PackagedApi.start(port, log, Map.of());
        ExecutorService threads = Executors.newFixedThreadPool(CLIENTS + 1);
        try (Connection holder = Database.newConnection()) {
            PackagedApi.awaitReady(process, api, log);
            System.out.printf("GracefulShutdownTest: the packaged API was ready %d ms after launch%n", millisSince(launched));
            String token = Tokens.of(Tokens.COORDINATOR_08);
            String marker = Fixtures.marker();
            StringBuilder csv = new StringBuilder("name,type\n");
            for (int i = 0; i < ROWS; i++) {
                csv.append(marker).append(" row ").append(i).append(",OTHER\n");
            }
            long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
            AtomicLong term = new AtomicLong(Long.MAX_VALUE);
            List<ConcurrentLinkedQueue<Sent>> lists = new ArrayList<>();
            for (int c = 0; c < CLIENTS; c++) {
                ConcurrentLinkedQueue<Sent> sent = new ConcurrentLinkedQueue<>();
                lists.add(sent);
                threads.submit(() -> listUntilRefused(api + API + "/counties/08/organisations?size=50", token, term, sent));
            }
            while (lists.stream().anyMatch(sent -> sent.stream().noneMatch(s -> s.status() == 200))) {
                assertTrue(System.nanoTime() < deadline, "the list requests were not served before SIGTERM");
                Thread.sleep(50);
            }
            // the import waits, with its rows written, for the change-feed lock of Kalmar held here; not longer than
            // the statement timeout (5 s), which would cut its wait
            Database.holdCountyLock(holder, "change_event", "08");
            CompletableFuture<long[]> imported = CompletableFuture.supplyAsync(() -> {
                HttpResponse<String> answer = PackagedApi.send(HttpRequest.newBuilder(URI.create(api + API
                        + "/counties/08/imports?kind=organisations")).header("Authorization", "Bearer " + token)
                        .header("Content-Type", "text/csv").POST(HttpRequest.BodyPublishers.ofString(csv.toString())));
                return new long[] { answer.statusCode(), System.nanoTime() };
            }, threads);
            while (!Database.waitingForAdvisoryLock()) {
                assertTrue(!imported.isDone() && System.nanoTime() < deadline, "the import did not reach the lock");
                Thread.sleep(20);
            }

            term.set(System.nanoTime());
            process.destroy(); // SIGTERM
            Long readyDown = null;
            boolean released = false;
            while (process.isAlive()) {
                long since = millisSince(term.get());
                if (readyDown == null && PackagedApi.status(api + "/q/health/ready") == 503) {
                    readyDown = since;
                }
                if (!released && since > RELEASE_AFTER.toMillis()) {
                    holder.rollback(); // lets the import finish, within the shutdown timeout
                    released = true;
                }
                assertTrue(since < 60_000, "the API did not end within 60 s of SIGTERM");
                Thread.sleep(100);
            }
            long ended = millisSince(term.get());
            if (!released) {
                holder.rollback();
            }
            long[] answer = imported.get(30, TimeUnit.SECONDS);
            threads.shutdown();
            assertTrue(threads.awaitTermination(30, TimeUnit.SECONDS), "the list clients did not stop");

            List<Sent> all = lists.stream().flatMap(ConcurrentLinkedQueue::stream).toList();
            long servedInDelay = all.stream().filter(s -> s.status() == 200 && s.at() > 500).count();
            List<Sent> cut = all.stream().filter(s -> s.failure() != null && !s.refusedAtConnect()
                    && s.at() <= DELAY.minus(LAST_MOMENT).toMillis()).toList();
            List<Sent> other = all.stream().filter(s -> s.failure() == null && s.status() != 200 && s.status() != 503)
                    .toList();
            System.out.printf("GracefulShutdownTest: readiness DOWN %s ms after SIGTERM, process ended after %d ms; import "
                    + "of %d rows answered %d %d ms after SIGTERM; %d list requests (%d answered 200 more than 0.5 s after "
                    + "SIGTERM, %d 503, %d refused at connect, %d cut off, reset when sent at %s ms)%n", readyDown, ended,
                    ROWS, answer[0], (answer[1] - term.get()) / 1_000_000, all.size(), servedInDelay,
                    all.stream().filter(s -> s.status() == 503).count(), all.stream().filter(Sent::refusedAtConnect).count(),
                    cut.size(), all.stream().filter(s -> s.failure() != null && !s.refusedAtConnect()).map(Sent::at).toList());
            assertTrue(readyDown != null && readyDown <= 1_000, "readiness DOWN within 1 s of SIGTERM: " + readyDown);
            assertEquals(201, answer[0], "the import in flight was answered 201");
            assertTrue(answer[1] > term.get(), "the import was still running when SIGTERM came");
            assertTrue(servedInDelay > 0, "requests were still served during the shutdown delay");
            assertEquals(List.of(), cut, "no request sent before the delay's last 0.5 s was cut off");
            assertEquals(List.of(), other, "every answer was 200 or 503");
            given().auth().oauth2(token).queryParam("q", marker).queryParam("size", 1).get(API + "/counties/08/organisations")
                    .then().statusCode(200).body("totalItems", is(ROWS));
        } finally {
            threads.shutdownNow();
            if (process.isAlive()) {
                process.destroyForcibly();
            }
        }
    }

    /** Lists, one request after another on a new connection each (as curl does), until the API refuses to connect. */
    private static void listUntilRefused(String url, String token, AtomicLong term, ConcurrentLinkedQueue<Sent> sent) {
        long stop = System.nanoTime() + Duration.ofSeconds(120).toNanos();
        while (System.nanoTime() < stop) {
            long at = millisSince(term.get());
            try {
                int status = PackagedApi.send(HttpRequest.newBuilder(URI.create(url)).header("Authorization", "Bearer " + token).GET())
                        .statusCode();
                sent.add(new Sent(at, status, null));
            } catch (RuntimeException e) {
                Exception failure = e.getCause() instanceof Exception cause ? cause : e;
                sent.add(new Sent(at, 0, failure));
                if (failure instanceof ConnectException) {
                    return;
                }
            }
        }
    }

    /** Milliseconds since {@code nanos}; negative (before it) while it is still {@link Long#MAX_VALUE}. */
    private static long millisSince(long nanos) {
        return nanos == Long.MAX_VALUE ? -1 : (System.nanoTime() - nanos) / 1_000_000;
    }
}
