package se.samordna.survey;

/** What kind of answer a question takes. */
public enum QuestionType {
    /** One of the question's options, as text. */
    SINGLE_CHOICE,
    /** Some of the question's options, as an array of texts. */
    MULTI_CHOICE,
    /** A whole number from 1 to 5. */
    SCALE_1_5,
    /** Free text. */
    TEXT;

    boolean hasOptions() {
        return this == SINGLE_CHOICE || this == MULTI_CHOICE;
    }
}
