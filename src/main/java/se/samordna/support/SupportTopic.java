package se.samordna.support;

/** What a request asks help with: Brå's five steps of knowledge-based crime prevention and the tools municipalities use. */
public enum SupportTopic {
    LOCAL_PROBLEM_PICTURE, SAFETY_SURVEY, CAUSE_ANALYSIS, ACTION_PLAN, IMPLEMENTATION, EVALUATION,
    COLLABORATION_AGREEMENT, CITIZEN_PROMISE, EST, SITUATIONAL_PREVENTION, LOCAL_COUNCIL, TRAINING, OTHER
}
