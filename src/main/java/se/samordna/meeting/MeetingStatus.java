package se.samordna.meeting;

/** Where a meeting stands: planned, then held or cancelled, and there it stays. */
public enum MeetingStatus {
    PLANNED, HELD, CANCELLED;

    /** Whether a meeting of this status may be given {@code next}; staying as it is always may. */
    boolean mayBecome(MeetingStatus next) {
        return this == next || this == PLANNED;
    }
}
