package se.samordna.survey;

import se.samordna.county.NeedCategory;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A question as a client writes it; {@code id} names an existing question of the survey to keep its id. */
@Schema(name = "QuestionWrite")
public record QuestionWrite(
        @Schema(description = "Leave out for a new question; the id read to keep an existing one") UUID id,
        @NotBlank @Size(max = 1000) @Schema(examples = "Vilket stöd behöver ni mest från länsstyrelsen?") String text,
        @NotNull @Schema(examples = "SINGLE_CHOICE") QuestionType type,
        @Size(max = 50) @Schema(description = "Two or more distinct choices for SINGLE_CHOICE and MULTI_CHOICE; none otherwise",
                examples = "[\"Goda exempel\", \"Lokal problembild\", \"Utbildning\"]")
        List<@NotBlank @Size(max = 200) String> options,
        @Schema(description = "Whether every response must answer it; false when left out") boolean required,
        @Schema(description = "The need category the question is about, if any") NeedCategory needCategory) {
}
