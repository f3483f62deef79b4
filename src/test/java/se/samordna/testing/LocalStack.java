package se.samordna.testing;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.HttpURLConnection;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Starts the real PostgreSQL (zonky's embedded binaries) and the real Keycloak (its server distribution, unpacked
 * by the build) that tests and dev mode run against, since these machines have no Docker for Dev Services.
 * Everything started here is stopped by {@link #close()} and, should the JVM end otherwise, by a shutdown hook.
 */
public final class LocalStack implements AutoCloseable {

    /** How to reach a database. */
    public record Database(String jdbcUrl, String username, String password) {
    }

    /** Config key under which a test run names the process id of the Keycloak it started itself. */
    public static final String KEYCLOAK_PID = "samordna.test.keycloak-pid";

    private static final Duration KEYCLOAK_START_TIMEOUT = Duration.ofMinutes(5);

    private EmbeddedPostgres postgres;
    private Process keycloak;
    private final Thread shutdownHook = new Thread(this::stopQuietly, "local-stack-stop");

    public LocalStack() {
        Runtime.getRuntime().addShutdownHook(shutdownHook);
    }

    /** A PostgreSQL in {@code dataDirectory}, emptied first when {@code clean}; port 0 picks a free one. */
    public Database startPostgres(Path dataDirectory, boolean clean, int port) {
        return startPostgres(dataDirectory, clean, port, Map.of());
    }

    /**
     * As {@link #startPostgres(Path, boolean, int)}, with further server settings (such as
     * {@code shared_preload_libraries}, which only a start can set).
     */
    public Database startPostgres(Path dataDirectory, boolean clean, int port, Map<String, String> serverConfig) {
        try {
            Files.createDirectories(dataDirectory);
            EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                    .setDataDirectory(dataDirectory)
                    .setCleanDataDirectory(clean)
                    .setPort(port == 0 ? freePort() : port)
                    .setServerConfig("max_connections", "60");
            serverConfig.forEach(builder::setServerConfig);
            postgres = builder.start();
            return new Database(postgres.getJdbcUrl("postgres", "postgres"), "postgres", "postgres");
        } catch (IOException e) {
            throw new UncheckedIOException("PostgreSQL did not start", e);
        }
    }

    /**
     * Keycloak from the unpacked distribution in {@code home}, with {@code realmFile} imported into an in-memory
     * database: nothing of one run's Keycloak state reaches the next, and a changed realm is always imported.
     *
     * @return its base URL, such as {@code http://localhost:8180}
     */
    public String startKeycloak(Path home, Path realmFile, int port, Path log) {
        if (!Files.isExecutable(home.resolve("bin/kc.sh"))) {
            throw new IllegalStateException("No Keycloak distribution at " + home
                    + ": the build unpacks it in process-test-resources (./mvnw test-compile)");
        }
        int httpPort = port == 0 ? freePort() : port;
        String baseUrl = "http://localhost:" + httpPort;
        try {
            Path imports = Files.createDirectories(home.resolve("data/import"));
            Files.copy(realmFile, imports.resolve("samordna-realm.json"), StandardCopyOption.REPLACE_EXISTING);
            Files.createDirectories(log.getParent());
            List<String> command = new ArrayList<>(List.of(home.resolve("bin/kc.sh").toString(), "start-dev",
                    "--http-port=" + httpPort, "--hostname=" + baseUrl, "--import-realm", "--db=dev-mem",
                    "--http-management-port=" + freePort(), "--cache=local", "--log-console-color=false"));
            ProcessBuilder builder = new ProcessBuilder(command)
                    .redirectErrorStream(true)
                    .redirectOutput(log.toFile());
            Map<String, String> env = builder.environment();
            env.put("JAVA_HOME", System.getProperty("java.home"));
            env.put("JAVA_OPTS_KC_HEAP", "-Xms64m -Xmx768m");
            env.put("KC_BOOTSTRAP_ADMIN_USERNAME", "admin");
            env.put("KC_BOOTSTRAP_ADMIN_PASSWORD", "admin");
            keycloak = builder.start();
        } catch (IOException e) {
            throw new UncheckedIOException("Keycloak did not start", e);
        }
        awaitRealm(baseUrl, log);
        return baseUrl;
    }

    /** The process id of the Keycloak started here (kc.sh, which runs Keycloak's JVM as its child or itself). */
    public long keycloakPid() {
        return keycloak.pid();
    }

    private void awaitRealm(String baseUrl, Path log) {
        URI wellKnown = URI.create(baseUrl + "/realms/samordna/.well-known/openid-configuration");
        Instant deadline = Instant.now().plus(KEYCLOAK_START_TIMEOUT);
        while (Instant.now().isBefore(deadline)) {
            if (!keycloak.isAlive()) {
                throw new IllegalStateException("Keycloak stopped while starting; see " + log + "\n" + tail(log));
            }
            try {
                HttpURLConnection connection = (HttpURLConnection) wellKnown.toURL().openConnection();
                connection.setConnectTimeout(1000);
                connection.setReadTimeout(2000);
                if (connection.getResponseCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            sleep(Duration.ofMillis(500));
        }
        throw new IllegalStateException("Keycloak was not ready within " + KEYCLOAK_START_TIMEOUT + "; see " + log
                + "\n" + tail(log));
    }

    @Override
    public void close() {
        stopQuietly();
        try {
            Runtime.getRuntime().removeShutdownHook(shutdownHook);
        } catch (IllegalStateException shuttingDown) {
            // the hook is running already
        }
    }

    private synchronized void stopQuietly() {
        if (keycloak != null) {
            keycloak.descendants().forEach(ProcessHandle::destroy);
            keycloak.destroy();
            try {
                if (!keycloak.waitFor(20, java.util.concurrent.TimeUnit.SECONDS)) {
                    keycloak.descendants().forEach(ProcessHandle::destroyForcibly);
                    keycloak.destroyForcibly();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            keycloak = null;
        }
        if (postgres != null) {
            try {
                postgres.close();
            } catch (IOException e) {
                System.err.println("PostgreSQL did not stop cleanly: " + e.getMessage());
            }
            postgres = null;
        }
    }

    public static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String tail(Path log) {
        try {
            List<String> lines = Files.readAllLines(log);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 30), lines.size()));
        } catch (IOException e) {
            return "(no log)";
        }
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for Keycloak", e);
        }
    }
}
