package se.samordna.organisation;

import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import se.samordna.county.Versioned;

/** An organisation as the API answers it. */
@Schema(name = "Organisation")
public record OrganisationView(
        UUID id,
        @Schema(examples = "08") String countyCode,
        @Schema(examples = "Kalmar kommun") String name,
        @Schema(examples = "MUNICIPALITY") OrganisationType type,
        @Schema(nullable = true, examples = "0880") String municipalityCode,
        @Schema(nullable = true, examples = "Kalmar") String municipalityName,
        @Schema(examples = "212000-0829", nullable = true) String organisationNumber,
        @Schema(examples = "0") long version,
        Instant createdAt,
        @Schema(description = "Token subject of the creator") String createdBy,
        Instant updatedAt,
        @Schema(description = "Token subject of the last writer") String updatedBy) implements Versioned {
}
