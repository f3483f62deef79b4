package se.samordna.network;

import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import se.samordna.county.Versioned;

/** A network as the API answers it. */
@Schema(name = "Network")
public record NetworkView(
        UUID id,
        @Schema(maxLength = 2, examples = "01") String countyCode,
        @Schema(maxLength = 200, examples = "BRON") String name,
        @Schema(maxLength = 4000, nullable = true, examples = "Nätverk för lokala brottsförebyggande strateger i länets kommuner och stadsdelar")
        String purpose,
        @Schema(examples = "ACTIVE") NetworkStatus status,
        @Schema(examples = "0") long version,
        Instant createdAt,
        @Schema(maxLength = 255, description = "Token subject of the creator") String createdBy,
        Instant updatedAt,
        @Schema(maxLength = 255, description = "Token subject of the last writer") String updatedBy) implements Versioned {

    static NetworkView of(Network n) {
        return new NetworkView(n.id, n.countyCode, n.name, n.purpose, n.status, n.version, n.createdAt, n.createdBy,
                n.updatedAt, n.updatedBy);
    }
}
