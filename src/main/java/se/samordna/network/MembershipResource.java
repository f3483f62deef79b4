package se.samordna.network;

import io.quarkus.security.Authenticated;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import se.samordna.county.CountyResourceEndpoint;
import se.samordna.security.CountyScoped;
import se.samordna.web.ApiDocumentation;
import se.samordna.web.Page;
import se.samordna.web.PageParams;

/** Who belongs to a network, and since when: leaving keeps the membership, joining again is a new one. */
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Path("/counties/{cc}/networks/{networkId}/memberships")
@Tag(name = "Memberships", description = "Members of a network over time: names, organisations and roles for every "
        + "reader; contact details stay with the coordinators (the contacts themselves and the CSV export)",
        extensions = {
                @Extension(name = ApiDocumentation.ONE, value = "a membership"),
                @Extension(name = ApiDocumentation.EXAMPLE, parseValue = true, value = """
                        {"id": "0c4b7e2a-5d1f-4a3e-8b6c-9f2d1e0a7b53", "countyCode": "08",
                         "networkId": "6d2f8a41-3b7c-4e19-8f0a-2c5d9e7b1a36",
                         "contactId": "9a7e3c51-2f4d-4b8a-a1c6-0d5e8f9b2c34", "contactName": "Karin Åberg",
                         "organisationId": "3f1c2a9e-8d2b-4a57-9c1e-6b0f4d2e7a11", "organisationName": "Kalmar kommun",
                         "organisationType": "MUNICIPALITY", "municipalityCode": "0880", "municipalityName": "Kalmar",
                         "role": "CHAIR", "joinedOn": "2024-02-01", "leftOn": null, "version": 0,
                         "createdAt": "2026-11-02T09:15:00Z", "createdBy": "5b0c9a4e-6f54-4b1e-9d1e-2a7c1f3e8d10",
                         "updatedAt": "2026-11-02T09:15:00Z", "updatedBy": "5b0c9a4e-6f54-4b1e-9d1e-2a7c1f3e8d10"}
                        """),
                @Extension(name = ApiDocumentation.WRITE_EXAMPLE, parseValue = true, value = """
                        {"contactId": "9a7e3c51-2f4d-4b8a-a1c6-0d5e8f9b2c34", "role": "CHAIR", "joinedOn": "2024-02-01"}
                        """),
                @Extension(name = ApiDocumentation.PATCH_EXAMPLE, parseValue = true, value = "{\"leftOn\": \"2026-12-01\"}"),
                @Extension(name = ApiDocumentation.WRITE_CONFLICT, value = "The member has another membership of the "
                        + "network that overlaps these dates, or (create) the network is CLOSED"),
                @Extension(name = ApiDocumentation.DELETE_NOTE, value = "For a membership entered by mistake: a member "
                        + "who leaves keeps the membership with leftOn set.") })
public class MembershipResource extends CountyResourceEndpoint<MembershipWrite, MembershipView> {

    @PathParam("networkId")
    @Parameter(description = "The network", example = "6d2f8a41-3b7c-4e19-8f0a-2c5d9e7b1a36")
    UUID networkId;

    private final MembershipService service;

    MembershipResource(MembershipService service) {
        this.service = service;
    }

    @Override
    protected MembershipService service() {
        return service;
    }

    @Override
    protected UUID parentId() {
        return networkId;
    }

    @GET
    @CountyScoped
    @Operation(operationId = "listMemberships", summary = "List the members of a network",
            description = "The members of today by default; at= those of another day, includeFormer=true every "
                    + "membership ever. Sortable by name (the contact's, else the organisation's), organisation, "
                    + "joinedOn and role; names sort in Swedish order.")
    @APIResponse(responseCode = "200", description = "A page of memberships")
    public Page<MembershipView> list(@BeanParam MembershipFilterParams filter, @BeanParam PageParams paging) {
        return service.list(cc(), networkId, filter.filter(), paging);
    }
}
