package se.samordna.web;

import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
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
     * or 304 Not Modified without a body when the client's {@code If-None-Match} names that tag.
     */
    public static Response conditional(Request request, String etag, Object entity, String mediaType) {
        EntityTag tag = new EntityTag(etag);
        Response.ResponseBuilder notModified = request.evaluatePreconditions(tag);
        if (notModified != null) {
            return notModified.tag(tag).build();
        }
        return Response.ok(entity, mediaType).tag(tag).build();
    }
}
