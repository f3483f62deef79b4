package se.samordna.network;

/** Whether a network still meets: a CLOSED one keeps its memberships readable and takes no new ones. */
public enum NetworkStatus {
    ACTIVE, CLOSED
}
