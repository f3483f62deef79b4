package se.samordna.docs;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * The project's own documentation ({@code docs/*.md} of the repository, packaged with the API), served as HTML so
 * that every problem {@code type} URI resolves to the section that explains it. Public: it holds no county data.
 */
@Path("/docs")
@PermitAll
public class DocsResource {

    private final DocPages pages;

    DocsResource(DocPages pages) {
        this.pages = pages;
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    @Operation(hidden = true)
    public Response index() {
        return page("guide");
    }

    @GET
    @Path("/{page}")
    @Produces(MediaType.TEXT_HTML)
    @Operation(hidden = true)
    public Response page(@PathParam("page") String page) {
        CacheControl cache = new CacheControl();
        cache.setMaxAge(3600);
        return Response.ok(pages.html(page), MediaType.TEXT_HTML_TYPE.withCharset("UTF-8")).cacheControl(cache).build();
    }
}
