package se.samordna.web;

import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.UUID;
import java.util.regex.Pattern;
import org.jboss.logging.MDC;

/**
 * Gives every request an id: the client's {@code X-Request-Id} when it is a sane one, otherwise a new UUID. The id is
 * answered in {@code X-Request-Id}, put in the log MDC of the request (as {@value #MDC_KEY}) and in every problem
 * answer, so that a caller's report, the logs of every instance and a problem can be matched.
 */
@ApplicationScoped
public class RequestIds {

    public static final String HEADER = "X-Request-Id";
    /** The MDC key, and so the field of the JSON log lines. */
    public static final String MDC_KEY = "requestId";
    /** The most characters of a request id taken from a client. */
    public static final int MAX_LENGTH = 64;
    /** What a client's id may hold: enough for UUIDs, ULIDs and the ids of the usual proxies, nothing to inject. */
    static final Pattern SANE = Pattern.compile("[A-Za-z0-9._:-]{1," + MAX_LENGTH + "}");

    /** Runs before every other route (the API, health, metrics, the documentation). */
    void install(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE).handler(this::identify);
    }

    private void identify(RoutingContext rc) {
        String id = of(rc.request().getHeader(HEADER));
        rc.put(MDC_KEY, id);
        // Quarkus keeps the MDC in the request's own Vert.x context: the worker thread serving it sees this too
        MDC.put(MDC_KEY, id);
        rc.response().putHeader(HEADER, id);
        rc.next();
    }

    /** The client's id when it is sane, otherwise a new one. */
    static String of(String sent) {
        return sent != null && SANE.matcher(sent).matches() ? sent : UUID.randomUUID().toString();
    }

    /** The id of the request being served, or null outside a request. */
    public static String current() {
        Object id = MDC.get(MDC_KEY);
        return id == null ? null : id.toString();
    }
}
