package se.samordna.survey;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import se.samordna.county.ImportableWrite;

/** What a client writes to create or replace a survey response. */
@Schema(name = "SurveyResponseWrite")
public record ResponseWrite(
        @NotNull @Schema(description = "The responding organisation, one of the county's; a member's own organisation") UUID organisationId,
        @NotNull @Schema(description = "INTERVIEW (coordinators) or SELF", examples = "INTERVIEW") ResponseMode mode,
        @Schema(description = "The day of the interview: required for INTERVIEW, absent for SELF", examples = "2027-02-03") LocalDate interviewedOn,
        @Size(max = 100) @Schema(description = "At most one per question; every required question answered")
        List<@NotNull @Valid AnswerWrite> answers,
        @Size(max = 20) @Schema(description = "Each category at most once")
        List<@NotNull @Valid Need> needs,
        @Size(max = 100) @Pattern(regexp = "^[^\\x00-\\x1F\\x7F]*$", message = "must not contain control characters")
        @Schema(description = "The response's key in the system it comes from: optional, unique per county; an import "
                + "updates the response that carries it", examples = "kalmar-enkat-2027-0881")
        String externalId) implements ImportableWrite {
}
