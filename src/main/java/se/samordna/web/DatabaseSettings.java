package se.samordna.web;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import jakarta.validation.constraints.Pattern;
import java.time.Duration;

/**
 * How the API uses its PostgreSQL connections (README "Production"). The statement timeout and the plan cache mode are
 * set on every pooled connection by {@code quarkus.datasource.jdbc.new-connection-sql}, which writes them into SQL: so
 * each is checked here at start, and a value PostgreSQL would refuse stops the start with a message naming the
 * property, instead of every connection failing later with PostgreSQL's.
 */
@ConfigMapping(prefix = "samordna.database")
public interface DatabaseSettings {

    /** PostgreSQL's {@code statement_timeout}: a duration in its own syntax (5s, 500ms, 1min), 0 switches it off. */
    @Pattern(regexp = "0|[0-9]+ ?(us|ms|s|min|h|d)", message = "must be a PostgreSQL duration such as 5s, 500ms or 1min, or 0")
    String statementTimeout();

    /** PostgreSQL's {@code plan_cache_mode}. */
    @Pattern(regexp = "auto|force_generic_plan|force_custom_plan", message = "must be auto, force_generic_plan or force_custom_plan")
    String planCacheMode();

    /** The {@code Retry-After} of a 503 answered while the database is unreachable or a statement was cut. */
    @WithDefault("5S")
    Duration retryAfter();
}
