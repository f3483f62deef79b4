package se.samordna.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.net.URI;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The documented limits of a request's URI (414) and headers (431), answered as problem+json before anything else
 * runs. The HTTP layer (Netty, under Vert.x) refuses requests over its own limits with a bare status before any
 * handler sees them, and offers Quarkus applications no hook for that answer; so its limits
 * ({@code quarkus.http.limits.max-initial-line-length}, {@code max-header-size}) are set well above these, and only a
 * request over those hard limits still gets the bare 414 or 431.
 */
@ApplicationScoped
public class RequestLimits {

    /** The longest request target (path and query) served: longer is 414. */
    public static final int MAX_URI_LENGTH = 4096;
    /** The most bytes of request headers (names, values and separators) served: more is 431. */
    public static final int MAX_HEADER_BYTES = 20 * 1024;

    private final ObjectMapper json;
    private final String apiPath;

    RequestLimits(ObjectMapper json, @ConfigProperty(name = "quarkus.rest.path") String apiPath) {
        this.json = json;
        this.apiPath = apiPath.endsWith("/") ? apiPath : apiPath + "/";
    }

    void install(@Observes Router router) {
        // right after RequestIds, so that a refused request has its id too
        router.route().order(Integer.MIN_VALUE + 1).handler(this::check);
    }

    private void check(RoutingContext context) {
        HttpServerRequest request = context.request();
        if (request.uri().length() > MAX_URI_LENGTH) {
            refuse(context, 414, "uri-too-long", "URI Too Long", "The request's path and query are longer than "
                    + MAX_URI_LENGTH + " characters: send fewer or shorter query parameters", false);
        } else if (headerBytes(request) > MAX_HEADER_BYTES) {
            refuse(context, 431, "request-header-fields-too-large", "Request Header Fields Too Large",
                    "The request's headers are larger than " + MAX_HEADER_BYTES + " bytes together", true);
        } else {
            context.next();
        }
    }

    private static int headerBytes(HttpServerRequest request) {
        int bytes = 0;
        for (Map.Entry<String, String> header : request.headers()) {
            bytes += header.getKey().length() + header.getValue().length() + 4;
        }
        return bytes;
    }

    private void refuse(RoutingContext context, int status, String slug, String title, String detail, boolean withInstance) {
        HttpServerRequest request = context.request();
        String authority = request.authority() == null ? "localhost" : request.authority().toString();
        URI base = URI.create(request.scheme() + "://" + authority + apiPath);
        // a URI too long to serve is too long to repeat: instance only where the path is of a sane length
        Problem problem = new Problem(Problem.type(base, slug), title, status, detail,
                withInstance && request.path().length() <= 2048 ? request.path() : null,
                context.get(RequestIds.MDC_KEY), null);
        String body;
        try {
            body = json.writeValueAsString(problem);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        context.response().setStatusCode(status)
                .putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                // the rest of an oversized request is not read: the connection ends with this answer
                .putHeader(HttpHeaders.CONNECTION, "close")
                .end(body);
    }
}
