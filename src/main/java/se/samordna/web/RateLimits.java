package se.samordna.web;

import io.agroal.api.AgroalDataSource;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Response;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Arrays;
import java.lang.reflect.Method;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import se.samordna.security.Caller;

/**
 * Limits how often one client may call the operations that cost the service most: imports, exports (CSV) and
 * calendars (iCalendar). An operation is limited by the mark {@code @Extension(name = ApiDocumentation.RATE_LIMITED,
 * value = "exports")}, which also documents its 429 in the spec, so the two cannot drift apart.
 *
 * <p>Counted per token subject in fixed windows in PostgreSQL (one upsert per limited request), not in memory: every
 * instance behind the load balancer counts the same requests. Runs after the county scope filter, so only requests
 * the caller may make are counted; beyond the limit the answer is a 429 {@code rate-limited} problem whose
 * {@code Retry-After} is the rest of the window.
 */
public class RateLimits {

    /** The kinds of limited operations, as the mark's value names them. */
    public enum Bucket {
        IMPORTS, EXPORTS, CALENDARS;

        public String mark() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** How many requests of each kind a client may make per window. */
    @ConfigMapping(prefix = "samordna.rate-limits")
    public interface Config {

        /** Imports (dry runs included): each reads, checks and writes up to 100 000 rows. */
        @WithDefault("30")
        int importsPerWindow();

        /** CSV exports of surveys, memberships and the county overview. */
        @WithDefault("60")
        int exportsPerWindow();

        /** iCalendar feeds of the county's and single meetings. */
        @WithDefault("120")
        int calendarsPerWindow();

        /** The length of a window, the same for every kind. */
        @WithDefault("PT1M")
        Duration window();

        default int limit(Bucket bucket) {
            return switch (bucket) {
                case IMPORTS -> importsPerWindow();
                case EXPORTS -> exportsPerWindow();
                case CALENDARS -> calendarsPerWindow();
            };
        }
    }

    /** Counts the request in its window and answers how many the client made in it and when the window began. */
    private static final String COUNT = """
            insert into rate_limit_window (client_key, bucket, window_start, requests)
            values (?, ?, to_timestamp(floor(extract(epoch from clock_timestamp()) / ?) * ?), 1)
            on conflict (client_key, bucket) do update set
                requests = case when rate_limit_window.window_start = excluded.window_start
                                then rate_limit_window.requests + 1 else 1 end,
                window_start = excluded.window_start
            returning requests, extract(epoch from window_start + make_interval(secs => ?) - clock_timestamp())
            """;

    private final Caller caller;
    private final Config config;
    private final AgroalDataSource dataSource;

    RateLimits(Caller caller, Config config, AgroalDataSource dataSource) {
        this.caller = caller;
        this.config = config;
        this.dataSource = dataSource;
    }

    // after CountyScopeFilter (Priorities.USER): only a request its caller may make counts
    @ServerRequestFilter(priority = jakarta.ws.rs.Priorities.USER + 100)
    public Response limit(ContainerRequestContext request, ResourceInfo resource) {
        Bucket bucket = bucketOf(resource);
        if (bucket == null || caller.isAnonymous()) {
            return null;
        }
        int limit = config.limit(bucket);
        long window = Math.max(1, config.window().toSeconds());
        try (Connection connection = dataSource.getConnection();
                PreparedStatement count = connection.prepareStatement(COUNT)) {
            count.setString(1, caller.subject());
            count.setString(2, bucket.mark());
            count.setLong(3, window);
            count.setLong(4, window);
            count.setLong(5, window);
            try (ResultSet counted = count.executeQuery()) {
                counted.next();
                int requests = counted.getInt(1);
                if (requests > limit) {
                    long retryAfter = Math.min(window, Math.max(1, (long) Math.ceil(counted.getDouble(2))));
                    throw ProblemException.retryLater(429, "rate-limited", "Too many requests",
                            "You may make at most " + limit + " requests of this kind (" + bucket.mark() + ") per "
                                    + window + " seconds; ask again in " + retryAfter + " seconds",
                            (int) retryAfter);
                }
            }
        } catch (SQLException e) {
            // the operation needs the database as much as the count does: answered as any database failure
            throw new jakarta.persistence.PersistenceException("counting requests for the rate limit failed", e);
        }
        return null;
    }

    /** The kind of limit of each resource method, read once: this filter sees every request. */
    private static final Map<Method, Optional<Bucket>> BUCKETS = new ConcurrentHashMap<>();

    static Bucket bucketOf(ResourceInfo resource) {
        if (resource == null || resource.getResourceMethod() == null) {
            return null;
        }
        return BUCKETS.computeIfAbsent(resource.getResourceMethod(), method -> Arrays
                .stream(method.getAnnotationsByType(Extension.class))
                .filter(extension -> ApiDocumentation.RATE_LIMITED.equals(extension.name()))
                .map(extension -> Bucket.valueOf(extension.value().toUpperCase(Locale.ROOT)))
                .findFirst()).orElse(null);
    }
}
