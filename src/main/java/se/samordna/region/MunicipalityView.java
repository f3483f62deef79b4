package se.samordna.region;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A municipality as the API shows it. */
@Schema(name = "Municipality")
public record MunicipalityView(
        @Schema(maxLength = 4, description = "Four-digit SCB municipality code", examples = "0880") String code,
        @Schema(maxLength = 40, examples = "Kalmar") String name,
        @Schema(maxLength = 2, examples = "08") String countyCode) {

    public static MunicipalityView of(Municipality m) {
        return new MunicipalityView(m.code, m.name, m.countyCode);
    }
}
