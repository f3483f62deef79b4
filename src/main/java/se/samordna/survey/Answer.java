package se.samordna.survey;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The answer to one question of the survey. */
@Schema(name = "Answer")
public record Answer(
        @Schema(description = "The id of a question of the same survey") UUID questionId,
        @Schema(type = SchemaType.OBJECT, description = "SINGLE_CHOICE: one option (text); MULTI_CHOICE: options (array of texts); SCALE_1_5: 1 to 5; TEXT: text",
                examples = "\"Lokal problembild\"") JsonNode value) {
}
