package se.samordna.organisation;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import se.samordna.county.ImportableWrite;

/** What a client writes to create or replace an organisation. */
@Schema(name = "OrganisationWrite")
public record OrganisationWrite(
        @NotBlank @Size(max = 200) @Schema(examples = "Kalmar kommun") String name,
        @NotNull @Schema(examples = "MUNICIPALITY") OrganisationType type,
        @Pattern(regexp = "^[0-9]{4}$", message = "must be a four-digit SCB municipality code")
        @Schema(maxLength = 4, description = "SCB code of the municipality it works in; must lie in the county", examples = "0880")
        String municipalityCode,
        @OrganisationNumber
        @Schema(maxLength = 11, pattern = "^[0-9]{2}[2-9][0-9]{3}-?[0-9]{4}$", description = "Swedish organisation number, "
                + "NNNNNN-NNNN (or without the hyphen), the third digit at least 2 (a personal identity number is "
                + "refused); its check digit is checked (Luhn)", examples = "212000-0829")
        String organisationNumber,
        @Size(max = 100) @Pattern(regexp = "^[^\\x00-\\x1F\\x7F]*$", message = "must not contain control characters")
        @Schema(description = "The object's key in the system it comes from: optional, unique per county; an import "
                + "updates the object that carries it", examples = "kalmar-kn-0880")
        String externalId) implements ImportableWrite {
}
