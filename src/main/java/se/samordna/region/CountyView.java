package se.samordna.region;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A county as the API shows it. */
@Schema(name = "County")
public record CountyView(
        @Schema(maxLength = 2, description = "Two-digit SCB county code", examples = "08") String code,
        @Schema(maxLength = 40, examples = "Kalmar län") String name,
        @Schema(description = "How many municipalities lie in the county", examples = "12") long municipalityCount) {
}
