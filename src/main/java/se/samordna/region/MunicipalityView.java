package se.samordna.region;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A municipality as the API shows it. */
@Schema(name = "Municipality")
public record MunicipalityView(
        @Schema(description = "Four-digit SCB municipality code", examples = "0880") String code,
        @Schema(examples = "Kalmar") String name,
        @Schema(examples = "08") String countyCode) {

    public static MunicipalityView of(Municipality m) {
        return new MunicipalityView(m.code, m.name, m.countyCode);
    }
}
