package se.samordna.network;

import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import se.samordna.county.Versioned;

/** A network as the API answers it. */
@Schema(name = "Network")
public record NetworkView(
        UUID id,
        @Schema(examples = "01") String countyCode,
        @Schema(examples = "BRON") String name,
        @Schema(examples = "Nätverk för lokala brottsförebyggande strateger i länets kommuner och stadsdelar")
        String purpose,
        @Schema(examples = "ACTIVE") NetworkStatus status,
        @Schema(examples = "0") long version,
        Instant createdAt,
        @Schema(description = "Token subject of the creator") String createdBy,
        Instant updatedAt,
        @Schema(description = "Token subject of the last writer") String updatedBy) implements Versioned {

    static NetworkView of(Network n) {
        return new NetworkView(n.id, n.countyCode, n.name, n.purpose, n.status, n.version, n.createdAt, n.createdBy,
                n.updatedAt, n.updatedBy);
    }
}
