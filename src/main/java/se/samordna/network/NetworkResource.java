package se.samordna.network;

import io.quarkus.security.Authenticated;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import se.samordna.contact.LinkedContacts;
import se.samordna.county.CountyResourceEndpoint;
import se.samordna.security.CountyRole;
import se.samordna.security.CountyScoped;
import se.samordna.web.ApiDocumentation;
import se.samordna.web.Page;
import se.samordna.web.PageParams;
import se.samordna.web.Problem;
import se.samordna.web.QueryParams;

/** The networks of a county, their reach and their member list as CSV. */
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Path("/counties/{cc}/networks")
@Tag(name = "Networks", description = "Networks of a county, such as BRON, formed and owned by their members",
        extensions = {
                @Extension(name = ApiDocumentation.ONE, value = "a network"),
                @Extension(name = ApiDocumentation.EXAMPLE, parseValue = true, value = """
                        {"id": "6d2f8a41-3b7c-4e19-8f0a-2c5d9e7b1a36", "countyCode": "01", "name": "BRON",
                         "purpose": "Nätverk för lokala brottsförebyggande strateger i länets kommuner och stadsdelar",
                         "status": "ACTIVE", "version": 0,
                         "createdAt": "2026-11-02T09:15:00Z", "createdBy": "5b0c9a4e-6f54-4b1e-9d1e-2a7c1f3e8d10",
                         "updatedAt": "2026-11-02T09:15:00Z", "updatedBy": "5b0c9a4e-6f54-4b1e-9d1e-2a7c1f3e8d10"}
                        """),
                @Extension(name = ApiDocumentation.WRITE_EXAMPLE, parseValue = true, value = """
                        {"name": "BRON", "status": "ACTIVE",
                         "purpose": "Nätverk för lokala brottsförebyggande strateger i länets kommuner och stadsdelar"}
                        """),
                @Extension(name = ApiDocumentation.PATCH_EXAMPLE, parseValue = true, value = "{\"status\": \"CLOSED\"}"),
                @Extension(name = ApiDocumentation.WRITE_CONFLICT,
                        value = "The county has another network of this name (whatever its case)"),
                @Extension(name = ApiDocumentation.DELETE_CONFLICT,
                        value = "Refused while it has memberships or meetings; close it instead (status CLOSED)") })
public class NetworkResource extends CountyResourceEndpoint<NetworkWrite, NetworkView> {

    private final NetworkService service;
    private final MembershipService memberships;
    private final LinkedContacts linkedContacts;

    NetworkResource(NetworkService service, MembershipService memberships, LinkedContacts linkedContacts) {
        this.service = service;
        this.memberships = memberships;
        this.linkedContacts = linkedContacts;
    }

    @Override
    protected NetworkService service() {
        return service;
    }

    @GET
    @CountyScoped
    @Operation(operationId = "listNetworks", summary = "List networks",
            description = "Sortable by name, status, createdAt, updatedAt; names sort in Swedish order. "
                    + "With mine=true only the networks that the contact linked to your login is a member of today.")
    @APIResponse(responseCode = "200", description = "A page of networks")
    @APIResponse(responseCode = "403", description = "No role in this county that reads networks; or mine=true and "
            + "your login is linked to no contact of the county (problem type no-linked-contact)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "no-linked-contact", value = """
                            {"type": "http://localhost:8080/api/v1/docs/problems#no-linked-contact",
                             "title": "No contact linked to your login", "status": 403,
                             "detail": "Your login member-08 is not linked to a contact in county 08. A coordinator of the county links it by setting loginUsername on your contact."}
                            """)))
    public Page<NetworkView> list(
            @QueryParam("status") @Parameter(description = "Only those of this status",
                    schema = @Schema(implementation = NetworkStatus.class)) String status,
            @QueryParam("q") @Parameter(description = "Text in the name", example = "bron") String q,
            @QueryParam("mine") @Parameter(description = "Only the networks your linked contact belongs to today",
                    schema = @Schema(type = SchemaType.BOOLEAN, defaultValue = "false")) String mine,
            @BeanParam PageParams paging) {
        UUID member = QueryParams.flag("mine", mine) ? linkedContacts.require(cc()).contactId() : null;
        return service.list(cc(), new NetworkService.Filter(
                QueryParams.enumValue("status", status, NetworkStatus.class), q, member), paging);
    }

    @GET
    @Path("/{id}/reach")
    @CountyScoped
    @Operation(operationId = "getNetworkReach", summary = "Whom a network reaches",
            description = "Its members on a day by organisation type and by municipality, and the municipalities "
                    + "of the county where it has no member.")
    @APIResponse(responseCode = "200", description = "The network's reach", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = NetworkReach.class),
            examples = @ExampleObject(name = "Kalmar", value = """
                    {"networkId": "6d2f8a41-3b7c-4e19-8f0a-2c5d9e7b1a36",
                     "networkName": "Kalmar läns nätverk för kommuner och kommunpoliser", "at": "2026-11-30",
                     "members": 4,
                     "byOrganisationType": [{"organisationType": "MUNICIPALITY", "members": 3},
                                            {"organisationType": "POLICE", "members": 1}],
                     "byMunicipality": [{"municipalityCode": "0880", "municipalityName": "Kalmar", "members": 2},
                                        {"municipalityCode": "0881", "municipalityName": "Nybro", "members": 1}],
                     "withoutMunicipality": 1,
                     "municipalitiesWithoutMember": [{"municipalityCode": "0885", "municipalityName": "Borgholm"},
                                                     {"municipalityCode": "0862", "municipalityName": "Emmaboda"}]}
                    """)))
    public NetworkReach reach(@PathParam("id") UUID id,
            @QueryParam("at") @Parameter(description = "The day counted (YYYY-MM-DD); today when left out",
                    schema = @Schema(type = SchemaType.STRING, format = "date")) String at) {
        return service.reach(cc(), id, QueryParams.date("at", at));
    }

    @GET
    @Path("/{id}/memberships.csv")
    @Produces(MembershipExport.MEDIA_TYPE)
    @CountyScoped(CountyRole.COORDINATOR)
    @Extension(name = ApiDocumentation.RATE_LIMITED, value = "exports")
    @Operation(operationId = "exportNetworkMembers", summary = "Export the member list of a network as CSV",
            description = "UTF-8, RFC 4180, a header row; with the contacts' title, e-mail and phone, so for the "
                    + "county's coordinators only. Takes the filters and sort of the membership list, without paging. "
                    + "A text cell that begins with =, +, -, @, a tab or a carriage return is written with an apostrophe "
                    + "before it ('+46 480-45 00 00), so that no spreadsheet runs it as a formula.")
    @APIResponse(responseCode = "200", description = "The members, one row per membership", content = @Content(
            mediaType = MembershipExport.MEDIA_TYPE, schema = @Schema(type = SchemaType.STRING),
            examples = @ExampleObject(name = "members", value = """
                    name,organisation,organisationType,municipality,role,joinedOn,leftOn,title,email,phone,contactId,organisationId,membershipId
                    Karin Åberg,Kalmar kommun,MUNICIPALITY,Kalmar,CHAIR,2024-02-01,,Brottsförebyggande samordnare,karin.aberg@kalmar.se,+46 480-45 00 00,9a7e3c51-2f4d-4b8a-a1c6-0d5e8f9b2c34,3f1c2a9e-8d2b-4a57-9c1e-6b0f4d2e7a11,0c4b7e2a-5d1f-4a3e-8b6c-9f2d1e0a7b53
                    """)))
    public Response export(@PathParam("id") UUID id, @BeanParam MembershipFilterParams filter,
            @QueryParam("sort") @Parameter(description = "name, organisation, joinedOn or role, then ,asc or ,desc",
                    example = "organisation,asc") String sort) {
        String csv = MembershipExport.csv(memberships.export(cc(), id, filter.filter(), sort), memberships);
        return Response.ok(csv.getBytes(StandardCharsets.UTF_8), MembershipExport.MEDIA_TYPE + "; charset=UTF-8")
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"members-" + id + ".csv\"")
                .build();
    }
}
