package se.samordna.survey;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The shape of an answer's value in the OpenAPI document. The API reads and writes the value as JSON (a Jackson
 * node) and checks it against its question (SurveyResponseService); these types only describe it to clients.
 */
@Schema(name = "AnswerValue", description = "SINGLE_CHOICE: one of the options (text); MULTI_CHOICE: distinct options "
        + "(array of texts); SCALE_1_5: a whole number 1 to 5; TEXT: text", anyOf = { AnswerValue.Text.class,
                AnswerValue.Scale.class, AnswerValue.Choices.class })
final class AnswerValue {

    private AnswerValue() {
    }

    @Schema(name = "AnswerText", type = SchemaType.STRING, nullable = true, maxLength = SurveyResponseService.MAX_TEXT,
            description = "An option of a SINGLE_CHOICE question, or the text of a TEXT question; null: not answered")
    static final class Text {
    }

    @Schema(name = "AnswerScale", type = SchemaType.INTEGER, format = "int32", minimum = "1", maximum = "5",
            description = "The value of a SCALE_1_5 question")
    static final class Scale {
    }

    @Schema(name = "AnswerChoices", type = SchemaType.ARRAY, implementation = Choice.class,
            maxItems = QuestionWrite.MAX_OPTIONS, description = "Distinct options of a MULTI_CHOICE question")
    static final class Choices {
    }

    @Schema(name = "AnswerChoice", type = SchemaType.STRING, maxLength = QuestionWrite.MAX_OPTION_LENGTH)
    static final class Choice {
    }
}
