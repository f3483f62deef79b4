package se.samordna.web;

import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.UUID;

/** Answers for county objects: every one carries its version as ETag. */
public final class Responses {

    private Responses() {
    }

    public static Response ok(Object view, long version) {
        return Response.ok(view).tag(new EntityTag(Long.toString(version))).build();
    }

    public static Response created(UriInfo uri, UUID id, Object view, long version) {
        return Response.created(uri.getAbsolutePathBuilder().path(id.toString()).build())
                .entity(view).tag(new EntityTag(Long.toString(version))).build();
    }

    public static Response noContent() {
        return Response.noContent().build();
    }
}
