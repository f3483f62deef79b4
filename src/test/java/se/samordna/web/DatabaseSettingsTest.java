package se.samordna.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.runtime.configuration.DurationConverter;
import io.smallrye.config.ConfigValidationException;
import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfig;
import io.smallrye.config.SmallRyeConfigBuilder;
import io.smallrye.config.validator.BeanValidationConfigValidator;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.time.Duration;
import java.util.Map;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The two database settings that {@code new-connection-sql} writes into SQL are checked at start (Quarkus validates a
 * configuration mapping with its constraints as SmallRye Config does here).
 */
@DisplayName("DatabaseSettings")
class DatabaseSettingsTest {

    private static final Validator VALIDATOR = Validation.byDefaultProvider().configure()
            .messageInterpolator(new ParameterMessageInterpolator()).buildValidatorFactory().getValidator();

    private static SmallRyeConfig config(String statementTimeout, String planCacheMode) {
        // Quarkus's converter of durations, which also reads the "5S" of the default
        return new SmallRyeConfigBuilder().withMapping(DatabaseSettings.class)
                .withConverter(Duration.class, 200, new DurationConverter())
                .withValidator((BeanValidationConfigValidator) () -> VALIDATOR)
                .withSources(new PropertiesConfigSource(Map.of("samordna.database.statement-timeout", statementTimeout,
                        "samordna.database.plan-cache-mode", planCacheMode), "test", 100))
                .build();
    }

    @Test
    @DisplayName("the shipped values and PostgreSQL's own are accepted")
    void shouldAcceptPostgresValues() {
        DatabaseSettings settings = config("5s", "force_generic_plan").getConfigMapping(DatabaseSettings.class);
        assertEquals("5s", settings.statementTimeout());
        assertEquals("force_generic_plan", settings.planCacheMode());
        assertEquals(Duration.ofSeconds(5), settings.retryAfter());
        for (String timeout : new String[] {"0", "500ms", "1min", "2 h", "250us", "1d"}) {
            assertEquals(timeout, config(timeout, "auto").getConfigMapping(DatabaseSettings.class).statementTimeout());
        }
        assertEquals("force_custom_plan", config("0", "force_custom_plan").getConfigMapping(DatabaseSettings.class)
                .planCacheMode());
    }

    @ParameterizedTest
    @ValueSource(strings = {"generic", "AUTO", "auto'; drop table contact; --", ""})
    @DisplayName("a plan cache mode PostgreSQL would refuse stops the start, naming the property")
    void shouldRefusePlanCacheMode(String mode) {
        ConfigValidationException e = assertThrows(ConfigValidationException.class, () -> config("5s", mode));
        assertTrue(e.getMessage().contains("samordna.database.plan-cache-mode"), e.getMessage());
    }

    @ParameterizedTest
    @ValueSource(strings = {"5S", "5 seconds", "-1s", "5s'; SET plan_cache_mode = 'auto", "PT5S"})
    @DisplayName("a statement timeout PostgreSQL would refuse stops the start, naming the property")
    void shouldRefuseStatementTimeout(String timeout) {
        ConfigValidationException e = assertThrows(ConfigValidationException.class,
                () -> config(timeout, "force_generic_plan"));
        assertTrue(e.getMessage().contains("samordna.database.statement-timeout"), e.getMessage());
    }
}
