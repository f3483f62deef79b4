package se.samordna.security;

import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import se.samordna.contact.LinkedContacts.LinkedContact;

/** Who the caller is and what it may do where: what a frontend needs to build its menus. */
@Schema(name = "Me")
public record MeView(
        @Schema(description = "Token subject", examples = "5b0c9a4e-6f54-4b1e-9d1e-2a7c1f3e8d10") String subject,
        @Schema(description = "User name", examples = "coordinator-08") String username,
        @Schema(description = "Full name where the token has one", examples = "Göran Ström") String name,
        @Schema(description = "The OIDC client the token was issued to", examples = "samordna-cli") String client,
        @Schema(description = "Every role of the token", examples = "[\"county-08-coordinator\"]") Set<String> roles,
        @Schema(description = "True for Brå's analysts: national statistics") boolean nationalAnalyst,
        @Schema(description = "True for operators: reference data") boolean admin,
        @Schema(description = "Each county the caller holds a role in") List<CountyAccess> counties) {

    /** The caller's roles in one county. */
    @Schema(name = "CountyAccess")
    public record CountyAccess(
            @Schema(examples = "08") String countyCode,
            @Schema(examples = "Kalmar län") String countyName,
            @Schema(examples = "[\"COORDINATOR\"]") Set<CountyRole> roles,
            @Schema(description = "The contact this login acts as in the county (a coordinator links it); null if none")
            LinkedContact contact) {
    }
}
