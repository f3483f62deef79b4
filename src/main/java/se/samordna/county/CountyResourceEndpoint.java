package se.samordna.county;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.jboss.resteasy.reactive.RestResponse;
import se.samordna.audit.HistoryEntry;
import se.samordna.security.CountyContext;
import se.samordna.security.CountyRights.Access;
import se.samordna.security.CountyScoped;
import se.samordna.web.ApiDocumentation;
import se.samordna.web.ETags;
import se.samordna.web.MergePatch;
import se.samordna.web.Page;
import se.samordna.web.Paging;
import se.samordna.web.Responses;

/**
 * The HTTP edge every county resource shares: get, create, replace, merge patch, delete and history of one object,
 * with ETag, If-Match and Location, written once. A resource class extends it with {@code @Authenticated} and
 * {@code @Produces} (class annotations are not inherited, and an operation without them is refused), its
 * {@code @Path}, its
 * {@code @Tag} (whose {@code x-one} extension names one object for the documentation, see {@link ApiDocumentation}),
 * its {@code CountyRights} when they differ from the defaults, and its own list operation with its filters.
 *
 * @param <W> the shape a client writes
 * @param <V> the shape the API answers
 */
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "bearer")
public abstract class CountyResourceEndpoint<W extends Record, V extends Versioned> {

    /**
     * The county of the request, which the scope filter read from the {@code {cc}} path and checked. Taken from the
     * request's {@link CountyContext} rather than a {@code @PathParam} field, so that a resource class holds no
     * per-request state and is one instance for all requests (a field made each class request-scoped: one object
     * and its interceptors created per request). Every operation here and of a family's class is
     * {@code @CountyScoped}, so the county is always established (an operation with a {@code {cc}} path and no
     * {@code @CountyScoped} is refused by the filter, so a missing one fails closed); the spec declares
     * {@code {cc}} through the field below.
     */
    @Inject
    CountyContext county;

    /**
     * Never read: declares {@code {cc}} for the spec at the level of every path of the class, where the
     * {@code @PathParam} field that this replaced declared it, so that the spec stays as it was. Without a JAX-RS
     * annotation the field is not injected and does not make the class request-scoped.
     */
    @Parameter(name = "cc", in = ParameterIn.PATH, required = true, description = "Two-digit county code", example = "08")
    @SuppressWarnings("unused")
    private String countyCodeInSpec;

    protected String cc() {
        return county.countyCode();
    }

    /** The service behind the shared operations. */
    protected abstract CountyResourceService<?, W, V> service();

    /**
     * The parent object of a nested collection, such as the network of {@code /networks/{networkId}/memberships}:
     * a nested resource reads it from its own {@code @PathParam} field; null for a top-level collection.
     */
    protected UUID parentId() {
        return null;
    }

    @GET
    @Path("/{id}")
    @CountyScoped(access = Access.READ)
    @Operation(summary = "Get {one}", description = "The version is also in the ETag header.")
    @APIResponse(responseCode = "200", description = "Found")
    @Extension(name = ApiDocumentation.SHARED_OPERATION, value = "get")
    public RestResponse<V> get(@PathParam("id") UUID id) {
        return Responses.ok(service().get(cc(), parentId(), id));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @CountyScoped(access = Access.CREATE)
    @Operation(summary = "Create {one}", description = "Answers 201 with the new object, its version in the ETag header and its address in Location.")
    @APIResponse(responseCode = "201", description = "Created; Location names it and ETag holds its version")
    @Extension(name = ApiDocumentation.SHARED_OPERATION, value = "create")
    public RestResponse<V> create(@Valid @NotNull W body, @Context UriInfo uri) {
        return Responses.created(uri, service().create(cc(), parentId(), body));
    }

    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @CountyScoped(access = Access.CHANGE)
    @Operation(summary = "Replace {one}", description = "Send the ETag you read in If-Match.")
    @APIResponse(responseCode = "200", description = "Replaced")
    @Extension(name = ApiDocumentation.SHARED_OPERATION, value = "replace")
    public RestResponse<V> replace(@PathParam("id") UUID id,
            @Parameter(description = ETags.IF_MATCH_DOC, required = true, example = "\"0\"")
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull W body) {
        return Responses.ok(service().replace(cc(), parentId(), id, ETags.expectedVersion(ifMatch), body));
    }

    @PATCH
    @Path("/{id}")
    @Consumes({ MergePatch.MEDIA_TYPE, MediaType.APPLICATION_JSON })
    @CountyScoped(access = Access.CHANGE)
    @Operation(summary = "Change fields of {one}",
            description = "JSON Merge Patch (RFC 7396): the fields sent replace those stored, null removes one. Send the ETag you read in If-Match.")
    @RequestBody(content = @Content(mediaType = MergePatch.MEDIA_TYPE, schema = @Schema(type = SchemaType.OBJECT)))
    @APIResponse(responseCode = "200", description = "Changed")
    @Extension(name = ApiDocumentation.SHARED_OPERATION, value = "patch")
    public RestResponse<V> patch(@PathParam("id") UUID id,
            @Parameter(description = ETags.IF_MATCH_DOC, required = true, example = "\"0\"")
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            JsonNode body) {
        return Responses.ok(service().patch(cc(), parentId(), id, ETags.expectedVersion(ifMatch), body));
    }

    @DELETE
    @Path("/{id}")
    @CountyScoped(access = Access.DELETE)
    @Operation(summary = "Delete {one}", description = "Send the ETag you read in If-Match.")
    @APIResponse(responseCode = "204", description = "Deleted")
    @Extension(name = ApiDocumentation.SHARED_OPERATION, value = "delete")
    public RestResponse<Void> delete(@PathParam("id") UUID id,
            @Parameter(description = ETags.IF_MATCH_DOC, required = true, example = "\"0\"")
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        service().delete(cc(), parentId(), id, ETags.expectedVersion(ifMatch));
        return RestResponse.noContent();
    }

    @GET
    @Path("/{id}/history")
    @CountyScoped(access = Access.HISTORY)
    @Operation(summary = "History of {one}",
            description = "Every version, oldest first, with who made it; readable after a delete.")
    @APIResponse(responseCode = "200", description = "A page of history entries")
    @Extension(name = ApiDocumentation.SHARED_OPERATION, value = "history")
    public Page<HistoryEntry> history(@PathParam("id") UUID id, @BeanParam Paging paging) {
        return service().history(cc(), parentId(), id, paging);
    }
}
