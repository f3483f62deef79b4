package se.samordna.survey;

/** Where a survey is in its life: prepared, answered, then closed for good. */
public enum SurveyStatus {
    DRAFT, OPEN, CLOSED;

    /** The one way forward: DRAFT to OPEN to CLOSED; staying is no move. */
    boolean mayMoveTo(SurveyStatus next) {
        return next == this || (this == DRAFT && next == OPEN) || (this == OPEN && next == CLOSED);
    }
}
