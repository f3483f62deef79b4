package se.samordna.organisation;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.security.Authenticated;
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
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import se.samordna.audit.HistoryEntry;
import se.samordna.security.CountyRole;
import se.samordna.security.CountyScoped;
import se.samordna.web.ETags;
import static se.samordna.web.ETags.IF_MATCH_DOC;
import se.samordna.web.MergePatch;
import se.samordna.web.Page;
import se.samordna.web.PageParams;
import se.samordna.web.QueryParams;
import se.samordna.web.Responses;

/** The organisations (local actors) of a county. */
@Path("/counties/{cc}/organisations")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Organisations", description = "Local actors of a county: municipalities, police, councils, associations")
@SecurityRequirement(name = "bearer")
public class OrganisationResource {

    private static final String EXAMPLE = """
            {"id": "3f1c2a9e-8d2b-4a57-9c1e-6b0f4d2e7a11", "countyCode": "08", "name": "Kalmar kommun",
             "type": "MUNICIPALITY", "municipalityCode": "0880", "municipalityName": "Kalmar",
             "organisationNumber": "212000-0829", "version": 0,
             "createdAt": "2026-11-02T09:15:00Z", "createdBy": "5b0c9a4e-6f54-4b1e-9d1e-2a7c1f3e8d10",
             "updatedAt": "2026-11-02T09:15:00Z", "updatedBy": "5b0c9a4e-6f54-4b1e-9d1e-2a7c1f3e8d10"}
            """;
    private static final String WRITE_EXAMPLE = """
            {"name": "Kalmar kommun", "type": "MUNICIPALITY", "municipalityCode": "0880",
             "organisationNumber": "212000-0829"}
            """;

    @PathParam("cc")
    @Parameter(description = "Two-digit county code", example = "08")
    String cc;

    private final OrganisationService service;

    OrganisationResource(OrganisationService service) {
        this.service = service;
    }

    @GET
    @CountyScoped({ CountyRole.COORDINATOR, CountyRole.MEMBER, CountyRole.IMPORTER })
    @Operation(summary = "List organisations",
            description = "Sortable by name, type, municipalityCode, createdAt, updatedAt. Names sort in Swedish order.")
    @APIResponse(responseCode = "200", description = "A page of organisations")
    public Page<OrganisationView> list(
            @QueryParam("type") @Parameter(description = "Only this type",
                    schema = @Schema(implementation = OrganisationType.class)) String type,
            @QueryParam("municipalityCode") @Parameter(description = "Only those of this municipality", example = "0880") String municipalityCode,
            @QueryParam("q") @Parameter(description = "Text in the name or organisation number", example = "kommun") String q,
            @BeanParam PageParams paging) {
        return service.list(cc, new OrganisationService.Filter(
                QueryParams.enumValue("type", type, OrganisationType.class), municipalityCode, q), paging);
    }

    @GET
    @Path("/{id}")
    @CountyScoped({ CountyRole.COORDINATOR, CountyRole.MEMBER, CountyRole.IMPORTER })
    @Operation(summary = "Get an organisation", description = "The version is also in the ETag header.")
    @APIResponse(responseCode = "200", description = "The organisation", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = OrganisationView.class),
            examples = @ExampleObject(name = "Kalmar kommun", value = EXAMPLE)))
    public Response get(@PathParam("id") UUID id) {
        OrganisationView view = service.get(cc, id);
        return Responses.ok(view, view.version());
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @CountyScoped(CountyRole.COORDINATOR)
    @Operation(summary = "Create an organisation")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = OrganisationWrite.class),
            examples = @ExampleObject(name = "municipality", value = WRITE_EXAMPLE)))
    @APIResponse(responseCode = "201", description = "Created; Location names it", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = OrganisationView.class),
            examples = @ExampleObject(name = "Kalmar kommun", value = EXAMPLE)))
    public Response create(@Valid @NotNull OrganisationWrite body, @Context UriInfo uri) {
        OrganisationView view = service.create(cc, body);
        return Responses.created(uri, view.id(), view, view.version());
    }

    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @CountyScoped(CountyRole.COORDINATOR)
    @Operation(summary = "Replace an organisation", description = "Send the ETag you read in If-Match.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = OrganisationWrite.class),
            examples = @ExampleObject(name = "municipality", value = WRITE_EXAMPLE)))
    @APIResponse(responseCode = "200", description = "Replaced", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = OrganisationView.class),
            examples = @ExampleObject(name = "Kalmar kommun", value = EXAMPLE)))
    public Response replace(@PathParam("id") UUID id, @Parameter(description = IF_MATCH_DOC, required = true, example = "\"0\"") @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull OrganisationWrite body) {
        OrganisationView view = service.replace(cc, id, ETags.expectedVersion(ifMatch), body);
        return Responses.ok(view, view.version());
    }

    @PATCH
    @Path("/{id}")
    @Consumes({ MergePatch.MEDIA_TYPE, MediaType.APPLICATION_JSON })
    @CountyScoped(CountyRole.COORDINATOR)
    @Operation(summary = "Change fields of an organisation",
            description = "JSON Merge Patch (RFC 7396): the fields sent replace those stored, null removes one. Send the ETag you read in If-Match.")
    @RequestBody(content = @Content(mediaType = MergePatch.MEDIA_TYPE,
            schema = @Schema(type = SchemaType.OBJECT),
            examples = @ExampleObject(name = "rename", value = "{\"name\": \"Kalmar kommun, socialförvaltningen\"}")))
    @APIResponse(responseCode = "200", description = "Changed", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = OrganisationView.class),
            examples = @ExampleObject(name = "Kalmar kommun", value = EXAMPLE)))
    public Response patch(@PathParam("id") UUID id, @Parameter(description = IF_MATCH_DOC, required = true, example = "\"0\"") @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            JsonNode body) {
        OrganisationView view = service.patch(cc, id, ETags.expectedVersion(ifMatch), body);
        return Responses.ok(view, view.version());
    }

    @DELETE
    @Path("/{id}")
    @CountyScoped(CountyRole.COORDINATOR)
    @Operation(summary = "Delete an organisation",
            description = "Refused with 409 while contacts or other objects refer to it.")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "409", description = "Other objects refer to it", content = @Content(
            mediaType = "application/problem+json", schema = @Schema(implementation = se.samordna.web.Problem.class)))
    public Response delete(@PathParam("id") UUID id, @Parameter(description = IF_MATCH_DOC, required = true, example = "\"0\"") @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        service.delete(cc, id, ETags.expectedVersion(ifMatch));
        return Responses.noContent();
    }

    @GET
    @Path("/{id}/history")
    @CountyScoped({ CountyRole.COORDINATOR, CountyRole.IMPORTER })
    @Operation(summary = "History of an organisation",
            description = "Every version, oldest first, with who made it; readable after a delete.")
    @APIResponse(responseCode = "200", description = "A page of history entries")
    public Page<HistoryEntry> history(@PathParam("id") UUID id, @BeanParam PageParams paging) {
        return service.history(cc, id, paging);
    }
}
