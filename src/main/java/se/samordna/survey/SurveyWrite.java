package se.samordna.survey;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What a client writes to create or replace a survey. */
@Schema(name = "SurveyWrite")
public record SurveyWrite(
        @NotBlank @Size(max = 200) @Schema(examples = "Behovskartläggning 2027") String title,
        @Size(max = 4000) @Schema(examples = "Vilket stöd behöver kommunerna och de lokala aktörerna i Kalmar län?") String description,
        @NotNull @Schema(examples = "2027-01-15") LocalDate opensOn,
        @NotNull @Schema(description = "On or after opensOn", examples = "2027-03-31") LocalDate closesOn,
        @NotNull @Schema(description = "DRAFT → OPEN → CLOSED; any other move is 409", examples = "DRAFT") SurveyStatus status,
        @Size(max = 100) @Schema(description = "In order; they change only while the survey is DRAFT")
        List<@NotNull @Valid QuestionWrite> questions) {
}
