package se.samordna.county;

/**
 * The kinds of support a county offers and an organisation may need. Surveys collect them; meetings and support
 * requests name them too, so that a need can be followed up.
 */
public enum NeedCategory {
    GOOD_EXAMPLES, LOCAL_PROBLEM_PICTURE, COUNCIL_TRAINING, HORIZON_SCANNING, METHOD_SUPPORT, NEW_KNOWLEDGE,
    NETWORKING, OTHER
}
