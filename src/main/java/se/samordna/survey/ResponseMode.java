package se.samordna.survey;

/** How a response came in: a coordinator's interview, or filled in by the organisation itself. */
public enum ResponseMode {
    INTERVIEW, SELF
}
