package se.samordna.survey;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import se.samordna.county.Versioned;

/** A survey as the API answers it. */
@Schema(name = "Survey")
public record SurveyView(
        UUID id,
        @Schema(maxLength = 2, examples = "08") String countyCode,
        @Schema(maxLength = 200, examples = "Behovskartläggning 2027") String title,
        @Schema(maxLength = 4000, nullable = true, examples = "Vilket stöd behöver kommunerna och de lokala aktörerna i Kalmar län?") String description,
        @Schema(examples = "2027-01-15") LocalDate opensOn,
        @Schema(examples = "2027-03-31") LocalDate closesOn,
        @Schema(examples = "OPEN") SurveyStatus status,
        @Schema(maxItems = 100) List<Question> questions,
        @Schema(examples = "0") long version,
        Instant createdAt,
        @Schema(maxLength = 255, description = "Token subject of the creator") String createdBy,
        Instant updatedAt,
        @Schema(maxLength = 255, description = "Token subject of the last writer") String updatedBy) implements Versioned {

    static SurveyView of(Survey s) {
        return new SurveyView(s.id, s.countyCode, s.title, s.description, s.opensOn, s.closesOn, s.status,
                s.questions, s.version, s.createdAt, s.createdBy, s.updatedAt, s.updatedBy);
    }
}
