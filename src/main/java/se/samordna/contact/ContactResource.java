package se.samordna.contact;

import io.quarkus.security.Authenticated;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import se.samordna.county.CountyResourceEndpoint;
import se.samordna.security.CountyScoped;
import se.samordna.web.ApiDocumentation;
import se.samordna.web.Page;
import se.samordna.web.PageParams;
import se.samordna.web.QueryParams;

/** The contacts (people) of a county. */
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Path("/counties/{cc}/contacts")
@Tag(name = "Contacts", description = "People the county works with; e-mail and phone are for coordinators only",
        extensions = {
                @Extension(name = ApiDocumentation.ONE, value = "a contact"),
                @Extension(name = ApiDocumentation.EXAMPLE, parseValue = true, value = """
                        {"id": "9a7e3c51-2f4d-4b8a-a1c6-0d5e8f9b2c34", "countyCode": "08", "name": "Karin Åberg",
                         "email": "karin.aberg@kalmar.se", "phone": "+46 480-45 00 00",
                         "organisationId": "3f1c2a9e-8d2b-4a57-9c1e-6b0f4d2e7a11", "organisationName": "Kalmar kommun",
                         "title": "Brottsförebyggande samordnare", "loginUsername": "karin.aberg", "version": 0,
                         "createdAt": "2026-11-02T09:15:00Z", "createdBy": "5b0c9a4e-6f54-4b1e-9d1e-2a7c1f3e8d10",
                         "updatedAt": "2026-11-02T09:15:00Z", "updatedBy": "5b0c9a4e-6f54-4b1e-9d1e-2a7c1f3e8d10"}
                        """),
                @Extension(name = ApiDocumentation.WRITE_EXAMPLE, parseValue = true, value = """
                        {"name": "Karin Åberg", "email": "karin.aberg@kalmar.se", "phone": "+46 480-45 00 00",
                         "organisationId": "3f1c2a9e-8d2b-4a57-9c1e-6b0f4d2e7a11", "title": "Brottsförebyggande samordnare",
                         "loginUsername": "karin.aberg"}
                        """),
                @Extension(name = ApiDocumentation.PATCH_EXAMPLE, parseValue = true,
                        value = "{\"title\": \"Trygghetssamordnare\", \"phone\": null}"),
                @Extension(name = ApiDocumentation.DELETE_NOTE, value = "Erases the person: name, e-mail, phone, title and "
                        + "login, here and in the history, and unlinks the organisation; the contact then reads as 404 "
                        + "but still counts in memberships and attendance."),
                @Extension(name = ApiDocumentation.WRITE_CONFLICT, value = "Another contact of the county is already linked "
                        + "to this loginUsername"),
                @Extension(name = ApiDocumentation.HISTORY_NOTE, value = "After an erasure without the personal data.") })
public class ContactResource extends CountyResourceEndpoint<ContactWrite, ContactView> {

    private final ContactService service;

    ContactResource(ContactService service) {
        this.service = service;
    }

    @Override
    protected ContactService service() {
        return service;
    }

    @GET
    @CountyScoped
    @Operation(operationId = "listContacts", summary = "List contacts",
            description = "Sortable by name, createdAt, updatedAt; names sort in Swedish order. Members see no e-mail, phone or login.")
    @APIResponse(responseCode = "200", description = "A page of contacts")
    public Page<ContactView> list(
            @QueryParam("organisationId") @Parameter(description = "Only those of this organisation",
                    schema = @Schema(implementation = UUID.class)) String organisationId,
            @QueryParam("q") @Parameter(description = "Text in the name (coordinators: or e-mail)", example = "åberg") String q,
            @BeanParam PageParams paging) {
        return service.list(cc(), new ContactService.Filter(QueryParams.uuid("organisationId", organisationId), q),
                paging);
    }
}
