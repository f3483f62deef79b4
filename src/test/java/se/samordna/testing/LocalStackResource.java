package se.samordna.testing;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * The test run's PostgreSQL and Keycloak, started once for the whole suite. Already running ones are used when
 * {@code SAMORDNA_TEST_DB_URL} (with {@code _DB_USER}, {@code _DB_PASSWORD}) or {@code SAMORDNA_TEST_KEYCLOAK_URL}
 * name them; the Keycloak must then have the realm of {@code docker/keycloak} imported.
 */
public class LocalStackResource implements QuarkusTestResourceLifecycleManager {

    private LocalStack stack;

    @Override
    public Map<String, String> start() {
        stack = new LocalStack();
        Path target = Path.of("target").toAbsolutePath();
        Map<String, String> config = new HashMap<>();

        String dbUrl = System.getenv("SAMORDNA_TEST_DB_URL");
        if (dbUrl != null && !dbUrl.isBlank()) {
            config.put("quarkus.datasource.jdbc.url", dbUrl);
            config.put("quarkus.datasource.username", System.getenv().getOrDefault("SAMORDNA_TEST_DB_USER", "postgres"));
            config.put("quarkus.datasource.password", System.getenv().getOrDefault("SAMORDNA_TEST_DB_PASSWORD", ""));
        } else {
            LocalStack.Database db = stack.startPostgres(target.resolve("test-postgres"), true, 0);
            config.put("quarkus.datasource.jdbc.url", db.jdbcUrl());
            config.put("quarkus.datasource.username", db.username());
            config.put("quarkus.datasource.password", db.password());
        }

        String keycloakUrl = System.getenv("SAMORDNA_TEST_KEYCLOAK_URL");
        if (keycloakUrl == null || keycloakUrl.isBlank()) {
            Path home = Path.of(System.getProperty("keycloak.home", "target/keycloak/keycloak"));
            Path realm = Path.of(System.getProperty("realm.file", "docker/keycloak/samordna-realm.json"));
            if (!Files.exists(realm)) {
                throw new IllegalStateException("No realm file at " + realm.toAbsolutePath());
            }
            keycloakUrl = stack.startKeycloak(home, realm, 0, target.resolve("test-keycloak.log"));
        }
        config.put("quarkus.oidc.auth-server-url", keycloakUrl + "/realms/samordna");
        config.put("samordna.test.keycloak-url", keycloakUrl);
        return config;
    }

    @Override
    public void stop() {
        if (stack != null) {
            stack.close();
        }
    }
}
