package se.samordna.web;

import io.vertx.core.Context;
import io.vertx.core.Vertx;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * Keeps ids out of the {@code uri} label of the HTTP metrics. Quarkus labels a request by its operation's template
 * ({@code /counties/{cc}/organisations/{id}}), and a 404 or redirection outside any operation as NOT_FOUND or
 * REDIRECTION; any other answer outside an operation (a 405 for a method a path does not offer, a 401 before
 * routing) it would label by the raw path, ids and all, one series per id. Those get the template UNMATCHED
 * (labelled {@code /UNMATCHED}).
 */
@ApplicationScoped
public class MetricUris {

    /** Where Quarkus REST puts the matched template and the Micrometer binder reads it (the request's context). */
    static final String TEMPLATE = "UrlPathTemplate";
    static final String UNMATCHED = "UNMATCHED";

    void install(@Observes Router router) {
        // before RequestLimits (MIN_VALUE + 1), which ends a 414 or 431 without passing it on: labelled here
        // first, such an answer is /UNMATCHED too, not a series named after the path (and the id) a client chose
        router.route().order(Integer.MIN_VALUE).handler(this::labelUnmatched);
    }

    private void labelUnmatched(RoutingContext rc) {
        Context request = Vertx.currentContext();
        if (request != null) {
            rc.addHeadersEndHandler(ignored -> {
                int status = rc.response().getStatusCode();
                if (request.getLocal(TEMPLATE) == null && status != 404 && (status < 300 || status >= 400)) {
                    request.putLocal(TEMPLATE, UNMATCHED);
                }
            });
        }
        rc.next();
    }
}
