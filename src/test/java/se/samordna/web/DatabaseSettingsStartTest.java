package se.samordna.web;

import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import se.samordna.testing.PackagedApi;

/**
 * The database settings that {@code new-connection-sql} writes into SQL are checked when the packaged API starts
 * ({@link DatabaseSettings}): a value PostgreSQL would refuse stops the start, and the log names the property, instead
 * of a start that fails on PostgreSQL's error or an API whose every new connection is refused.
 */
@QuarkusTest
class DatabaseSettingsStartTest {

    @Test
    @DisplayName("the packaged API with a plan cache mode and a statement timeout PostgreSQL would refuse does not start, "
            + "and its log names both properties")
    void shouldRefuseToStart() throws Exception {
        assertTrue(Files.exists(PackagedApi.JAR), PackagedApi.JAR + " is missing: this test runs after package");
        Path log = Files.createTempFile("samordna-bad-settings", ".log");
        Process process = PackagedApi.start(PackagedApi.freePort(), log, Map.of(
                "SAMORDNA_DATABASE_PLAN_CACHE_MODE", "generic", "SAMORDNA_DATABASE_STATEMENT_TIMEOUT", "5 seconds"));
        try {
            assertTrue(process.waitFor(90, TimeUnit.SECONDS), "the API was still running after 90 s; see " + log);
            assertNotEquals(0, process.exitValue(), "the API ended without an error; see " + log);
            String output = Files.readString(log);
            assertTrue(output.contains("samordna.database.plan-cache-mode"), output);
            assertTrue(output.contains("samordna.database.statement-timeout"), output);
        } finally {
            process.destroyForcibly();
        }
    }
}
