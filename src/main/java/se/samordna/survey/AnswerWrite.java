package se.samordna.survey;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.validation.constraints.NotNull;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An answer as a client writes it; checked against its question. */
@Schema(name = "AnswerWrite")
public record AnswerWrite(
        @NotNull @Schema(description = "The id of a question of the survey") UUID questionId,
        @Schema(type = SchemaType.OBJECT, description = "SINGLE_CHOICE: one of the options (text); MULTI_CHOICE: distinct options (array of texts); SCALE_1_5: a whole number 1 to 5; TEXT: text. Null or left out: not answered (refused for a required question)",
                examples = "\"Lokal problembild\"") JsonNode value) {
}
