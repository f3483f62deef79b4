package se.samordna.security;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.security.PrivateKey;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import se.samordna.testing.Fixtures;
import se.samordna.testing.LocalStack;
import se.samordna.testing.Tokens;

/**
 * Keycloak frozen (SIGSTOP: it keeps accepting connections and never answers, the worst case of a hanging server):
 * valid tokens keep working with the keys the API has cached, and a token naming a key the API does not know is 401
 * within seconds, never a hang and never a 500, however many arrive. Freezes only a Keycloak the test run started
 * itself, and thaws it whatever happens.
 */
@QuarkusTest
class KeycloakOutageTest {

    private static final String ME = "/api/v1/me";
    /** The call to Keycloak gives up after 3 s (samordna.keycloak.read-timeout); the rest is margin for a busy machine. */
    private static final Duration REFUSED_WITHIN = Duration.ofSeconds(6);

    @Test
    @DisplayName("With Keycloak frozen, a valid token answers 200, a token signed by a key Keycloak does not know is 401 "
            + "problem within seconds, and a stream of such tokens neither waits long nor holds valid callers")
    void shouldRefuseUnknownKeysQuicklyWhileKeycloakHangs() throws Exception {
        long pid = ConfigProvider.getConfig().getOptionalValue(LocalStack.KEYCLOAK_PID, Long.class).orElse(-1L);
        assumeTrue(pid > 0, "SAMORDNA_TEST_KEYCLOAK_URL names an external Keycloak, which others may share: this test"
                + " freezes Keycloak, so it runs only against the test run's own (leave SAMORDNA_TEST_KEYCLOAK_URL unset)");
        String valid = Tokens.of(Tokens.COORDINATOR_08);
        given().auth().oauth2(valid).get(ME).then().statusCode(200);
        PrivateKey foreign = TokenChainTest.foreignKey().getPrivate();

        signal("STOP", pid);
        try {
            long first = millisOf(() -> TokenChainTest.assertRefused(withUnknownKey(valid, foreign), ME));
            System.out.printf("KeycloakOutageTest: unknown key refused in %d ms with Keycloak frozen%n", first);
            assertTrue(first < REFUSED_WITHIN.toMillis(), "refused after " + first + " ms");

            long known = millisOf(() -> given().auth().oauth2(valid).get(ME).then().statusCode(200));
            System.out.printf("KeycloakOutageTest: valid token answered in %d ms with Keycloak frozen%n", known);
            assertTrue(known < 2_000, "a valid token needs no Keycloak: " + known + " ms");

            ExecutorService callers = Executors.newFixedThreadPool(16);
            try {
                List<Future<Long>> stream = new ArrayList<>();
                for (int i = 0; i < 48; i++) {
                    String forged = withUnknownKey(valid, foreign);
                    stream.add(callers.submit(() -> millisOf(() -> given().auth().oauth2(forged).get(ME).then()
                            .statusCode(401))));
                }
                long meanwhile = millisOf(() -> given().auth().oauth2(valid).get(ME).then().statusCode(200));
                long slowest = 0;
                for (Future<Long> call : stream) {
                    slowest = Math.max(slowest, call.get(30, TimeUnit.SECONDS));
                }
                System.out.printf("KeycloakOutageTest: 48 unknown keys (16 at a time) refused, slowest in %d ms; a valid "
                        + "token meanwhile in %d ms%n", slowest, meanwhile);
                assertTrue(slowest < REFUSED_WITHIN.toMillis(), "slowest refusal " + slowest + " ms");
                assertTrue(meanwhile < REFUSED_WITHIN.toMillis(), "a valid caller waited " + meanwhile + " ms");
            } finally {
                callers.shutdownNow();
            }
        } finally {
            signal("CONT", pid);
        }
        given().auth().oauth2(valid).get(ME).then().statusCode(200);
    }

    /** The valid token's header and claims with a key id no realm has, signed by a key Keycloak never saw. */
    private static String withUnknownKey(String valid, PrivateKey foreign) {
        TokenChainTest.Jwt jwt = TokenChainTest.Jwt.parse(valid);
        ObjectNode header = (ObjectNode) jwt.headerJson();
        header.put("kid", "unknown-" + Fixtures.marker());
        return TokenChainTest.signRs256(TokenChainTest.Jwt.encode(header), jwt.payload(), foreign);
    }

    /** Sends SIGSTOP or SIGCONT to Keycloak: kc.sh and the JVM it runs. */
    private static void signal(String signal, long pid) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("kill", "-" + signal, Long.toString(pid)));
        ProcessHandle.of(pid).ifPresent(kc -> kc.descendants().forEach(child -> command.add(Long.toString(child.pid()))));
        Process kill = new ProcessBuilder(command).inheritIO().start();
        assertTrue(kill.waitFor(10, TimeUnit.SECONDS), "kill -" + signal + " did not end");
        assertEquals(0, kill.exitValue(), String.join(" ", command));
    }

    private static long millisOf(Runnable call) {
        long started = System.nanoTime();
        call.run();
        return (System.nanoTime() - started) / 1_000_000;
    }
}
