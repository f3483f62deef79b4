package se.samordna.survey;

import jakarta.validation.constraints.Size;
import se.samordna.county.NeedCategory;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A question of a survey as stored and answered; its id stays the same while the survey lives. */
@Schema(name = "Question")
public record Question(
        @Schema(description = "Stable id that answers refer to") UUID id,
        @Schema(maxLength = 1000, examples = "Vilket stöd behöver ni mest från länsstyrelsen?") String text,
        @Schema(examples = "SINGLE_CHOICE") QuestionType type,
        @Schema(maxItems = QuestionWrite.MAX_OPTIONS, description = "The choices of SINGLE_CHOICE and MULTI_CHOICE; empty otherwise",
                examples = "[\"Goda exempel\", \"Lokal problembild\", \"Utbildning\"]") List<@Size(max = QuestionWrite.MAX_OPTION_LENGTH) String> options,
        @Schema(description = "Whether every response must answer it") boolean required,
        @Schema(nullable = true, description = "The need category the question is about, if any") NeedCategory needCategory) {
}
