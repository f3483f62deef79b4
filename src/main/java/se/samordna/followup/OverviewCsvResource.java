package se.samordna.followup;

import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import se.samordna.web.ApiDocumentation;
import io.quarkus.security.Authenticated;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import se.samordna.security.CountyRole;
import se.samordna.security.CountyScoped;
import se.samordna.web.PeriodParams;
import se.samordna.web.Problem;

/** The overview of the county's municipalities as CSV, for the county's spreadsheets. */
@Authenticated
@Path("/counties/{cc}/overview.csv")
@Tag(name = "Overview")
@SecurityRequirement(name = "bearer")
public class OverviewCsvResource {

    @PathParam("cc")
    @Parameter(description = "Two-digit county code", example = "08")
    String cc;

    private final Overviews overviews;

    OverviewCsvResource(Overviews overviews) {
        this.overviews = overviews;
    }

    @GET
    @Produces(Overviews.CSV + ";charset=UTF-8")
    @CountyScoped(CountyRole.COORDINATOR)
    @Extension(name = ApiDocumentation.RATE_LIMITED, value = "exports")
    @Operation(operationId = "exportCountyOverview", summary = "The overview of the county's municipalities as CSV",
            description = OverviewResource.DESCRIPTION + " UTF-8 CSV (RFC 4180) with a header row, the rows of the JSON overview in "
                    + "its order.")
    @APIResponse(responseCode = "200", description = "The overview as CSV; Content-Disposition: attachment",
            headers = @Header(name = "Content-Disposition", description = "attachment; filename=\"overview-08.csv\"",
                    schema = @Schema(type = SchemaType.STRING, maxLength = 100)),
            content = @Content(mediaType = Overviews.CSV, schema = @Schema(type = SchemaType.STRING, maxLength = 10000),
                    examples = @ExampleObject(name = "three rows", value = OverviewResource.CSV_EXAMPLE)))
    @APIResponse(responseCode = "400", description = "`from` or `to` is no date, or `to` is before `from`",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response overviewCsv(@BeanParam PeriodParams period) {
        String csv = overviews.csv(overviews.of(cc, period.lastYear()));
        return Response.ok(csv).header("Content-Disposition", "attachment; filename=\"overview-" + cc + ".csv\"").build();
    }
}
