package se.samordna.county;

/**
 * The kinds of support a county's actors need (DESIGN.md): what surveys ask about and what meetings and requests
 * answer, so that the follow-up of a survey can match them.
 */
public enum NeedCategory {
    GOOD_EXAMPLES, LOCAL_PROBLEM_PICTURE, COUNCIL_TRAINING, HORIZON_SCANNING, METHOD_SUPPORT, NEW_KNOWLEDGE,
    NETWORKING, OTHER
}
