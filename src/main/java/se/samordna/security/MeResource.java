package se.samordna.security;

import io.quarkus.security.Authenticated;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import se.samordna.region.ReferenceData;
import se.samordna.web.Problem;

/** Tells a frontend who is calling and what it may do in which county. */
@Path("/me")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Me", description = "The caller")
@SecurityRequirement(name = "bearer")
public class MeResource {

    private final Caller caller;
    private final ReferenceData referenceData;

    MeResource(Caller caller, ReferenceData referenceData) {
        this.caller = caller;
        this.referenceData = referenceData;
    }

    @GET
    @Operation(summary = "Who am I", description = "The caller's identity, roles, and role in each county.")
    @APIResponse(responseCode = "200", description = "The caller", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = MeView.class),
            examples = @ExampleObject(name = "coordinator-0810", value = """
                    {"subject": "5b0c9a4e-6f54-4b1e-9d1e-2a7c1f3e8d10", "username": "coordinator-0810",
                     "name": "Åsa Lindqvist", "client": "samordna-cli",
                     "roles": ["county-08-coordinator", "county-10-coordinator"],
                     "nationalAnalyst": false, "admin": false,
                     "counties": [{"countyCode": "08", "countyName": "Kalmar län", "roles": ["COORDINATOR"]},
                                  {"countyCode": "10", "countyName": "Blekinge län", "roles": ["COORDINATOR"]}]}
                    """)))
    @APIResponse(responseCode = "401", description = "No valid token", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public MeView me() {
        List<MeView.CountyAccess> counties = caller.counties().entrySet().stream()
                .filter(e -> referenceData.countyExists(e.getKey()))
                .map(e -> new MeView.CountyAccess(e.getKey(), referenceData.countyName(e.getKey()), e.getValue()))
                .toList();
        return new MeView(caller.subject(), caller.name(), caller.displayName(), caller.client(), caller.roles(),
                caller.hasRole(Caller.NATIONAL_ANALYST), caller.hasRole(Caller.ADMIN), counties);
    }
}
