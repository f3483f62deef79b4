package se.samordna.support;

import java.util.EnumSet;
import java.util.Set;

/** Where a request stands in its workflow. RESOLVED and DECLINED close it; the others are open. */
public enum RequestStatus {
    SUBMITTED, TRIAGED, IN_PROGRESS, RESOLVED, DECLINED;

    public static final Set<RequestStatus> OPEN = EnumSet.of(SUBMITTED, TRIAGED, IN_PROGRESS);

    public boolean isOpen() {
        return OPEN.contains(this);
    }
}
