package se.samordna.testing;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The packaged API ({@code target/quarkus-app/quarkus-run.jar}, production profile, {@code -Xmx256m}) started as its own
 * process on the test run's PostgreSQL and Keycloak, for what only a whole process shows: its start and its shutdown.
 * Surefire runs the suite after {@code package} (pom.xml), so the jar is this build's. Used from a {@code @QuarkusTest},
 * whose configuration names the run's servers.
 */
public final class PackagedApi {

    public static final Path JAR = Path.of("target/quarkus-app/quarkus-run.jar");

    private PackagedApi() {
    }

    /**
     * Starts the jar on {@code port}, its output into {@code log}, with the run's servers and {@code environment} on top
     * of them.
     */
    public static Process start(int port, Path log, Map<String, String> environment) throws IOException {
        Config config = ConfigProvider.getConfig();
        String java = ProcessHandle.current().info().command().orElse("java");
        // the run's database holds the test-only repeatable migration, which the jar does not know: it must not migrate;
        // and the suite's own imports as coordinator-08 count in the same database against the production rate limit
        ProcessBuilder builder = new ProcessBuilder(java, "-Xmx256m", "-Dquarkus.http.port=" + port,
                "-Dquarkus.flyway.migrate-at-start=false", "-Dsamordna.rate-limits.imports-per-window=1000000", "-jar",
                JAR.toString())
                .redirectErrorStream(true).redirectOutput(log.toFile());
        Map<String, String> env = builder.environment();
        env.remove("QUARKUS_PROFILE");
        env.put("QUARKUS_DATASOURCE_JDBC_URL", config.getValue("quarkus.datasource.jdbc.url", String.class));
        env.put("QUARKUS_DATASOURCE_USERNAME", config.getOptionalValue("quarkus.datasource.username", String.class).orElse(""));
        env.put("QUARKUS_DATASOURCE_PASSWORD", config.getOptionalValue("quarkus.datasource.password", String.class).orElse(""));
        env.put("QUARKUS_OIDC_AUTH_SERVER_URL", config.getValue("quarkus.oidc.auth-server-url", String.class));
        env.putAll(environment);
        return builder.start();
    }

    /** Waits until the API is ready (at most 90 s), failing if the process stops first. */
    public static void awaitReady(Process process, String api, Path log) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
        while (status(api + "/q/health/ready") != 200) {
            assertTrue(process.isAlive(), "the packaged API stopped; see " + log);
            assertTrue(System.nanoTime() < deadline, "the packaged API was not ready within 90 s; see " + log);
            Thread.sleep(200);
        }
    }

    /** The status of a GET, or 0 when nothing answered. */
    public static int status(String url) {
        try {
            return send(HttpRequest.newBuilder(URI.create(url)).GET()).statusCode();
        } catch (RuntimeException e) {
            return 0;
        }
    }

    /** Sends on a client of its own, so that no connection is reused; a failure is thrown with its cause. */
    public static HttpResponse<String> send(HttpRequest.Builder request) {
        try (HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5)).build()) {
            return client.send(request.timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
