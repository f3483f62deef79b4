package se.samordna.testing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CountDownLatch;

/**
 * Dev mode's PostgreSQL and Keycloak, started by {@code scripts/dev} beside {@code quarkus:dev} (and by
 * {@code scripts/benchmark}): PostgreSQL keeps its data in {@code target/dev/postgres} between starts unless
 * {@code -Dpostgres.clean=true}, Keycloak listens on 8180 (or {@code -Dkeycloak.port}) with the demo realm. Writes the
 * datasource settings to {@code target/dev/stack.env} when both are ready, and stops both when it is ended.
 */
public final class DevStack {

    private DevStack() {
    }

    public static void main(String[] args) throws IOException, InterruptedException {
        Path dev = Path.of(args.length > 0 ? args[0] : "target/dev").toAbsolutePath();
        boolean cleanDatabase = Boolean.getBoolean("postgres.clean");
        Path keycloakHome = Path.of(System.getProperty("keycloak.home"));
        Path realm = Path.of(System.getProperty("realm.file", "docker/keycloak/samordna-realm.json"));
        int keycloakPort = Integer.getInteger("keycloak.port", 8180);
        Files.createDirectories(dev);
        Path env = dev.resolve("stack.env");
        Files.deleteIfExists(env);

        LocalStack stack = new LocalStack();
        System.out.println("Starting PostgreSQL (data in " + dev.resolve("postgres") + ")");
        LocalStack.Database db = stack.startPostgres(dev.resolve("postgres"), cleanDatabase, 0, serverConfig());
        System.out.println("Starting Keycloak on " + (keycloakPort == 0 ? "a free port" : "http://localhost:" + keycloakPort) + " (log: "
                + dev.resolve("keycloak.log") + "); the first start takes up to a minute");
        String keycloakUrl = stack.startKeycloak(keycloakHome, realm, keycloakPort, dev.resolve("keycloak.log"));
        Files.writeString(env, String.join("\n",
                "QUARKUS_DATASOURCE_JDBC_URL=" + db.jdbcUrl(),
                "QUARKUS_DATASOURCE_USERNAME=" + db.username(),
                "QUARKUS_DATASOURCE_PASSWORD=" + db.password(),
                "QUARKUS_OIDC_AUTH_SERVER_URL=" + keycloakUrl + "/realms/samordna", ""), StandardCharsets.UTF_8);
        System.out.println("PostgreSQL and Keycloak are ready");
        // runs until scripts/dev ends it; LocalStack's shutdown hook stops both servers
        new CountDownLatch(1).await();
    }

    /**
     * PostgreSQL settings given as {@code -Dpostgres.config.<name>=<value>} (the benchmark's {@code STATEMENTS=1}
     * preloads pg_stat_statements so).
     */
    private static Map<String, String> serverConfig() {
        String prefix = "postgres.config.";
        Map<String, String> config = new TreeMap<>();
        System.getProperties().stringPropertyNames().stream().filter(name -> name.startsWith(prefix))
                .forEach(name -> config.put(name.substring(prefix.length()), System.getProperty(name)));
        return config;
    }
}
