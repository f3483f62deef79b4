package se.samordna.security;

import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import se.samordna.contact.LinkedContacts.LinkedContact;

/** Who the caller is and what it may do where: what a frontend needs to build its menus. */
@Schema(name = "Me")
public record MeView(
        @Schema(maxLength = 255, description = "Token subject", examples = "5b0c9a4e-6f54-4b1e-9d1e-2a7c1f3e8d10") String subject,
        @Schema(maxLength = 255, description = "User name", examples = "coordinator-08") String username,
        @Schema(maxLength = 255, nullable = true, description = "Full name where the token has one", examples = "Göran Ström") String name,
        @Schema(maxLength = 255, nullable = true, description = "The OIDC client the token was issued to", examples = "samordna-cli") String client,
        @Schema(maxItems = MeView.MOST_ROLES, description = "The roles of the token that this API knows (county roles of existing counties, national-analyst, admin)", examples = "[\"county-08-coordinator\"]") Set<@Size(max = 40) String> roles,
        @Schema(description = "True for Brå's analysts: national statistics") boolean nationalAnalyst,
        @Schema(description = "True for operators: reference data") boolean admin,
        @Schema(maxItems = 21, description = "Each county the caller holds a role in") List<CountyAccess> counties) {

    /** Every county role of the 21 counties and the two national roles. */
    public static final int MOST_ROLES = 21 * 3 + 2;

    /** The caller's roles in one county. */
    @Schema(name = "CountyAccess")
    public record CountyAccess(
            @Schema(maxLength = 2, examples = "08") String countyCode,
            @Schema(maxLength = 40, examples = "Kalmar län") String countyName,
            @Schema(maxItems = 3, examples = "[\"COORDINATOR\"]") Set<CountyRole> roles,
            @Schema(nullable = true, description = "The contact this login acts as in the county (a coordinator links it); null if none")
            LinkedContact contact) {
    }
}
