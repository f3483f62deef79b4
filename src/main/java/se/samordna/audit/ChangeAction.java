package se.samordna.audit;

/** What a write did to an object. */
public enum ChangeAction {
    CREATED, UPDATED, DELETED
}
