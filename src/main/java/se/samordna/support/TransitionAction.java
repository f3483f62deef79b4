package se.samordna.support;

import java.util.EnumSet;
import java.util.Set;

/**
 * The moves of the workflow: SUBMITTED → TRIAGED → IN_PROGRESS → RESOLVED; DECLINED from any open status;
 * RESOLVED or DECLINED reopened to TRIAGED. Any other move is refused.
 */
public enum TransitionAction {
    TRIAGE(EnumSet.of(RequestStatus.SUBMITTED), RequestStatus.TRIAGED),
    START(EnumSet.of(RequestStatus.TRIAGED), RequestStatus.IN_PROGRESS),
    RESOLVE(EnumSet.of(RequestStatus.IN_PROGRESS), RequestStatus.RESOLVED),
    DECLINE(EnumSet.of(RequestStatus.SUBMITTED, RequestStatus.TRIAGED, RequestStatus.IN_PROGRESS),
            RequestStatus.DECLINED),
    REOPEN(EnumSet.of(RequestStatus.RESOLVED, RequestStatus.DECLINED), RequestStatus.TRIAGED);

    private final Set<RequestStatus> from;
    private final RequestStatus to;

    TransitionAction(Set<RequestStatus> from, RequestStatus to) {
        this.from = from;
        this.to = to;
    }

    public boolean allowedFrom(RequestStatus status) {
        return from.contains(status);
    }

    public Set<RequestStatus> from() {
        return from;
    }

    public RequestStatus to() {
        return to;
    }
}
