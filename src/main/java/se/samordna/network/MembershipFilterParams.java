package se.samordna.network;

import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import se.samordna.organisation.OrganisationType;
import se.samordna.web.QueryParams;

/**
 * The filters of a network's member list and of its export, taken as text so that a bad value is a 400 naming
 * the parameter.
 */
public class MembershipFilterParams {

    @QueryParam("at")
    @Parameter(description = "Members on this day (YYYY-MM-DD); today when left out",
            schema = @Schema(type = SchemaType.STRING, format = "date"))
    public String at;

    @QueryParam("includeFormer")
    @Parameter(description = "Every membership ever, former ones included; not with at",
            schema = @Schema(type = SchemaType.BOOLEAN, defaultValue = "false"))
    public String includeFormer;

    @QueryParam("role")
    @Parameter(description = "Only this role", schema = @Schema(implementation = MembershipRole.class))
    public String role;

    @QueryParam("organisationType")
    @Parameter(description = "Only members of organisations of this type",
            schema = @Schema(implementation = OrganisationType.class))
    public String organisationType;

    @QueryParam("municipalityCode")
    @Parameter(description = "Only members of organisations of this municipality", example = "0880")
    public String municipalityCode;

    MembershipRepository.Filter filter() {
        return new MembershipRepository.Filter(QueryParams.date("at", at),
                QueryParams.flag("includeFormer", includeFormer),
                QueryParams.enumValue("role", role, MembershipRole.class),
                QueryParams.enumValue("organisationType", organisationType, OrganisationType.class),
                municipalityCode == null || municipalityCode.isBlank() ? null : municipalityCode.strip());
    }
}
