package se.samordna.network;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What a client writes to create or replace a network. */
@Schema(name = "NetworkWrite")
public record NetworkWrite(
        @NotBlank @Size(max = 200)
        @Schema(description = "Unique in the county, whatever the case", examples = "BRON")
        String name,
        @Size(max = 4000)
        @Schema(examples = "Nätverk för lokala brottsförebyggande strateger i länets kommuner och stadsdelar")
        String purpose,
        @NotNull
        @Schema(description = "A CLOSED network keeps its memberships and takes no new ones", examples = "ACTIVE")
        NetworkStatus status) {
}
