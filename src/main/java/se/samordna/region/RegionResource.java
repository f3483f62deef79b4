package se.samordna.region;

import io.quarkus.security.Authenticated;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import se.samordna.security.OpenToAllCounties;
import se.samordna.web.ApiDocumentation;
import se.samordna.web.Page;
import se.samordna.web.Paging;
import se.samordna.web.ProblemException;

/** The counties and municipalities: reference data that every signed-in caller may read. */
@Path("/counties")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Reference data", description = "Sweden's 21 counties and 290 municipalities with their SCB codes")
@SecurityRequirement(name = "bearer")
public class RegionResource {

    /** Sweden's counties: all of them on the first page unless a client asks for less. */
    static final int ALL_COUNTIES = 21;
    /** The most municipalities a county has (Västra Götalands län, 49): a county's all on one page by default. */
    static final int MOST_MUNICIPALITIES = 49;

    private final RegionService regions;
    private final ReferenceData referenceData;

    RegionResource(RegionService regions, ReferenceData referenceData) {
        this.regions = regions;
        this.referenceData = referenceData;
    }

    @GET
    @Operation(operationId = "listCounties", summary = "List the counties", description = "The 21 counties, by county code; all on one page unless `size` asks for fewer.")
    @APIResponse(responseCode = "200", description = "A page of counties")
    public Page<CountyView> counties(@BeanParam Paging paging) {
        return regions.counties(paging.pageNumber(), paging.pageSize(ALL_COUNTIES), paging.total());
    }

    @GET
    @Path("/{cc}")
    @OpenToAllCounties
    @Extension(name = ApiDocumentation.OPEN_TO_ALL_COUNTIES, value = "true")
    @Operation(operationId = "getCounty", summary = "Get a county", description = "One of the 21 counties by its SCB code, with how many municipalities it has; open to every signed-in caller.")
    @APIResponse(responseCode = "200", description = "The county", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CountyView.class), examples = @ExampleObject(name = "Kalmar län", value = """
                    {"code": "08", "name": "Kalmar län", "municipalityCount": 12}
                    """)))
    public CountyView county(@Parameter(description = "Two-digit county code", example = "08") @PathParam("cc") String cc) {
        referenceData.requireCounty(cc);
        return regions.county(cc).orElseThrow(() -> ProblemException.notFound("County " + cc));
    }

    @GET
    @Path("/{cc}/municipalities")
    @OpenToAllCounties
    @Extension(name = ApiDocumentation.OPEN_TO_ALL_COUNTIES, value = "true")
    @Operation(operationId = "listMunicipalities", summary = "List a county's municipalities", description = "By name, in Swedish alphabetical order; all of the county's on one page (at most 49) unless `size` asks for fewer.")
    @APIResponse(responseCode = "200", description = "A page of municipalities")
    public Page<MunicipalityView> municipalities(
            @Parameter(description = "Two-digit county code", example = "08") @PathParam("cc") String cc,
            @BeanParam Paging paging) {
        referenceData.requireCounty(cc);
        return regions.municipalities(cc, paging.pageNumber(), paging.pageSize(MOST_MUNICIPALITIES),
                paging.total());
    }
}
