package se.samordna.meeting;

/** Whom a training is for. */
public enum Audience {
    POLITICIANS, OFFICIALS, MIXED
}
