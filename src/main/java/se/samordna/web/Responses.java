package se.samordna.web;

import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.jboss.resteasy.reactive.RestResponse;
import se.samordna.county.Versioned;

/** Answers for county objects: every one carries its version as ETag. */
public final class Responses {

    private Responses() {
    }

    public static <V extends Versioned> RestResponse<V> ok(V view) {
        return RestResponse.ResponseBuilder.ok(view).tag(etag(view)).build();
    }

    public static <V extends Versioned> RestResponse<V> created(UriInfo uri, V view) {
        return RestResponse.ResponseBuilder.<V>created(uri.getAbsolutePathBuilder().path(view.id().toString()).build())
                .entity(view).tag(etag(view)).build();
    }

    private static EntityTag etag(Versioned view) {
        return new EntityTag(Long.toString(view.version()));
    }

    /**
     * A representation that is not a county object (a calendar, an export) with {@code etag} as its strong ETag,
     * or 304 Not Modified without a body when the client's {@code If-None-Match} names that tag (weakly compared, or
     * {@code *}). {@code If-Match} is a condition of writes in this API and is not read here, as by every other read
     * (JAX-RS's {@code Request.evaluatePreconditions} also evaluates it, and answered its 412 without a body).
     */
    public static Response conditional(HttpHeaders headers, String etag, Object entity, String mediaType) {
        EntityTag tag = new EntityTag(etag);
        if (noneMatchNames(headers.getRequestHeaders().get(HttpHeaders.IF_NONE_MATCH), etag)) {
            return Response.notModified(tag).build();
        }
        return Response.ok(entity, mediaType).tag(tag).build();
    }

    private static boolean noneMatchNames(List<String> values, String etag) {
        if (values == null) {
            return false;
        }
        for (String value : values) {
            for (String candidate : value.split(",")) {
                String tag = candidate.strip();
                if (tag.equals("*")) {
                    return true;
                }
                if (tag.startsWith("W/")) {
                    tag = tag.substring(2);
                }
                if (tag.equals("\"" + etag + "\"")) {
                    return true;
                }
            }
        }
        return false;
    }
}
