package se.samordna.county;

/** The write shape of an {@link ImportableEntity}: a record with an {@code externalId} component. */
public interface ImportableWrite {

    /** The object's key in the system it comes from, as written; null when it has none. */
    String externalId();

    /** The key as stored and compared: without surrounding blanks, null when blank. */
    default String storedExternalId() {
        String id = externalId();
        return id == null || id.isBlank() ? null : id.strip();
    }
}
