package se.samordna.network;

/** What a member does in a network. */
public enum MembershipRole {
    MEMBER, CHAIR, COORDINATOR
}
