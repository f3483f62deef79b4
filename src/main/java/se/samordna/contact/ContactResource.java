package se.samordna.contact;

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

/** The contacts (people) of a county. */
@Path("/counties/{cc}/contacts")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Contacts", description = "People the county works with; e-mail and phone are for coordinators only")
@SecurityRequirement(name = "bearer")
public class ContactResource {

    private static final String EXAMPLE = """
            {"id": "9a7e3c51-2f4d-4b8a-a1c6-0d5e8f9b2c34", "countyCode": "08", "name": "Karin Åberg",
             "email": "karin.aberg@kalmar.se", "phone": "+46 480-45 00 00",
             "organisationId": "3f1c2a9e-8d2b-4a57-9c1e-6b0f4d2e7a11", "organisationName": "Kalmar kommun",
             "title": "Brottsförebyggande samordnare", "version": 0,
             "createdAt": "2026-11-02T09:15:00Z", "createdBy": "5b0c9a4e-6f54-4b1e-9d1e-2a7c1f3e8d10",
             "updatedAt": "2026-11-02T09:15:00Z", "updatedBy": "5b0c9a4e-6f54-4b1e-9d1e-2a7c1f3e8d10"}
            """;
    private static final String WRITE_EXAMPLE = """
            {"name": "Karin Åberg", "email": "karin.aberg@kalmar.se", "phone": "+46 480-45 00 00",
             "organisationId": "3f1c2a9e-8d2b-4a57-9c1e-6b0f4d2e7a11", "title": "Brottsförebyggande samordnare"}
            """;

    @PathParam("cc")
    @Parameter(description = "Two-digit county code", example = "08")
    String cc;

    private final ContactService service;

    ContactResource(ContactService service) {
        this.service = service;
    }

    @GET
    @CountyScoped({ CountyRole.COORDINATOR, CountyRole.MEMBER, CountyRole.IMPORTER })
    @Operation(summary = "List contacts",
            description = "Sortable by name, createdAt, updatedAt; names sort in Swedish order. Members see no e-mail or phone.")
    @APIResponse(responseCode = "200", description = "A page of contacts")
    public Page<ContactView> list(
            @QueryParam("organisationId") @Parameter(description = "Only those of this organisation",
                    schema = @Schema(implementation = UUID.class)) String organisationId,
            @QueryParam("q") @Parameter(description = "Text in the name (coordinators: or e-mail)", example = "åberg") String q,
            @BeanParam PageParams paging) {
        return service.list(cc, new ContactService.Filter(QueryParams.uuid("organisationId", organisationId), q),
                paging);
    }

    @GET
    @Path("/{id}")
    @CountyScoped({ CountyRole.COORDINATOR, CountyRole.MEMBER, CountyRole.IMPORTER })
    @Operation(summary = "Get a contact", description = "The version is also in the ETag header.")
    @APIResponse(responseCode = "200", description = "The contact", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ContactView.class),
            examples = @ExampleObject(name = "Karin Åberg", value = EXAMPLE)))
    public Response get(@PathParam("id") UUID id) {
        ContactView view = service.get(cc, id);
        return Responses.ok(view, view.version());
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @CountyScoped(CountyRole.COORDINATOR)
    @Operation(summary = "Create a contact")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = ContactWrite.class),
            examples = @ExampleObject(name = "strategist", value = WRITE_EXAMPLE)))
    @APIResponse(responseCode = "201", description = "Created; Location names it", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ContactView.class),
            examples = @ExampleObject(name = "Karin Åberg", value = EXAMPLE)))
    public Response create(@Valid @NotNull ContactWrite body, @Context UriInfo uri) {
        ContactView view = service.create(cc, body);
        return Responses.created(uri, view.id(), view, view.version());
    }

    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @CountyScoped(CountyRole.COORDINATOR)
    @Operation(summary = "Replace a contact", description = "Send the ETag you read in If-Match.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = ContactWrite.class),
            examples = @ExampleObject(name = "strategist", value = WRITE_EXAMPLE)))
    @APIResponse(responseCode = "200", description = "Replaced", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ContactView.class),
            examples = @ExampleObject(name = "Karin Åberg", value = EXAMPLE)))
    public Response replace(@PathParam("id") UUID id, @Parameter(description = IF_MATCH_DOC, required = true, example = "\"0\"") @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull ContactWrite body) {
        ContactView view = service.replace(cc, id, ETags.expectedVersion(ifMatch), body);
        return Responses.ok(view, view.version());
    }

    @PATCH
    @Path("/{id}")
    @Consumes({ MergePatch.MEDIA_TYPE, MediaType.APPLICATION_JSON })
    @CountyScoped(CountyRole.COORDINATOR)
    @Operation(summary = "Change fields of a contact",
            description = "JSON Merge Patch (RFC 7396): the fields sent replace those stored, null removes one. Send the ETag you read in If-Match.")
    @RequestBody(content = @Content(mediaType = MergePatch.MEDIA_TYPE,
            schema = @Schema(type = SchemaType.OBJECT),
            examples = @ExampleObject(name = "new title", value = "{\"title\": \"Säkerhetssamordnare\"}")))
    @APIResponse(responseCode = "200", description = "Changed", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ContactView.class),
            examples = @ExampleObject(name = "Karin Åberg", value = EXAMPLE)))
    public Response patch(@PathParam("id") UUID id, @Parameter(description = IF_MATCH_DOC, required = true, example = "\"0\"") @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            JsonNode body) {
        ContactView view = service.patch(cc, id, ETags.expectedVersion(ifMatch), body);
        return Responses.ok(view, view.version());
    }

    @DELETE
    @Path("/{id}")
    @CountyScoped(CountyRole.COORDINATOR)
    @Operation(summary = "Delete a contact (erase the person's data)",
            description = "Erases name, e-mail, phone and title, here and in the history, and unlinks the organisation; the contact then reads as 404 but still counts in memberships and attendance.")
    @APIResponse(responseCode = "204", description = "Erased")
    public Response delete(@PathParam("id") UUID id, @Parameter(description = IF_MATCH_DOC, required = true, example = "\"0\"") @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        service.delete(cc, id, ETags.expectedVersion(ifMatch));
        return Responses.noContent();
    }

    @GET
    @Path("/{id}/history")
    @CountyScoped({ CountyRole.COORDINATOR, CountyRole.IMPORTER })
    @Operation(summary = "History of a contact",
            description = "Every version, oldest first, with who made it; after an erasure without the personal data.")
    @APIResponse(responseCode = "200", description = "A page of history entries")
    public Page<HistoryEntry> history(@PathParam("id") UUID id, @BeanParam PageParams paging) {
        return service.history(cc, id, paging);
    }
}
