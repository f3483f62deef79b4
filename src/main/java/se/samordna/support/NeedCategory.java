package se.samordna.support;

/** The kinds of need a county's needs survey asks about; a request may name those it answers. */
public enum NeedCategory {
    GOOD_EXAMPLES, LOCAL_PROBLEM_PICTURE, COUNCIL_TRAINING, HORIZON_SCANNING, METHOD_SUPPORT, NEW_KNOWLEDGE,
    NETWORKING, OTHER
}
