package se.samordna.organisation;

import io.quarkus.security.Authenticated;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
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

/** The organisations (local actors) of a county. */
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Path("/counties/{cc}/organisations")
@Tag(name = "Organisations", description = "Local actors of a county: municipalities, police, councils, associations",
        extensions = {
                @Extension(name = ApiDocumentation.ONE, value = "an organisation"),
                @Extension(name = ApiDocumentation.EXAMPLE, parseValue = true, value = """
                        {"id": "3f1c2a9e-8d2b-4a57-9c1e-6b0f4d2e7a11", "countyCode": "08", "name": "Kalmar kommun",
                         "type": "MUNICIPALITY", "municipalityCode": "0880", "municipalityName": "Kalmar",
                         "organisationNumber": "212000-0829", "version": 0,
                         "createdAt": "2026-11-02T09:15:00Z", "createdBy": "5b0c9a4e-6f54-4b1e-9d1e-2a7c1f3e8d10",
                         "updatedAt": "2026-11-02T09:15:00Z", "updatedBy": "5b0c9a4e-6f54-4b1e-9d1e-2a7c1f3e8d10"}
                        """),
                @Extension(name = ApiDocumentation.WRITE_EXAMPLE, parseValue = true, value = """
                        {"name": "Kalmar kommun", "type": "MUNICIPALITY", "municipalityCode": "0880",
                         "organisationNumber": "212000-0829"}
                        """),
                @Extension(name = ApiDocumentation.PATCH_EXAMPLE, parseValue = true,
                        value = "{\"name\": \"Kalmar kommun, socialförvaltningen\"}"),
                @Extension(name = ApiDocumentation.DELETE_CONFLICT,
                        value = "Refused while contacts or other objects refer to it") })
public class OrganisationResource extends CountyResourceEndpoint<OrganisationWrite, OrganisationView> {

    private final OrganisationService service;

    OrganisationResource(OrganisationService service) {
        this.service = service;
    }

    @Override
    protected OrganisationService service() {
        return service;
    }

    @GET
    @CountyScoped
    @Operation(operationId = "listOrganisations", summary = "List organisations",
            description = "Sortable by name, type, municipalityCode, createdAt, updatedAt. Names sort in Swedish order.")
    @APIResponse(responseCode = "200", description = "A page of organisations")
    public Page<OrganisationView> list(
            @QueryParam("type") @Parameter(description = "Only this type",
                    schema = @Schema(implementation = OrganisationType.class)) String type,
            @QueryParam("municipalityCode") @Parameter(description = "Only those of this municipality", example = "0880") String municipalityCode,
            @QueryParam("q") @Parameter(description = "Text in the name or organisation number", example = "kommun") String q,
            @BeanParam PageParams paging) {
        return service.list(cc(), new OrganisationService.Filter(
                QueryParams.enumValue("type", type, OrganisationType.class), municipalityCode, q), paging);
    }
}
