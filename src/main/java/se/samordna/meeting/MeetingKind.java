package se.samordna.meeting;

/** What a meeting is: a network's meeting, a training (which names its audience) or a seminar. */
public enum MeetingKind {
    NETWORK_MEETING, TRAINING, SEMINAR
}
