package se.samordna.meeting;

/** A contact on a meeting's list: invited, registered, and after the meeting attended or absent. */
public enum AttendanceStatus {
    INVITED, REGISTERED, ATTENDED, ABSENT;

    /** Whether only a coordinator sets it, once the meeting is held. */
    boolean afterTheMeeting() {
        return this == ATTENDED || this == ABSENT;
    }
}
