package se.samordna.county;

import java.util.UUID;

/** What the shared HTTP edge needs of a county object's view: its id for Location, its version for ETag. */
public interface Versioned {

    UUID id();

    long version();
}
