package se.samordna.county;

import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;

/**
 * A county object that bulk imports write: it may carry the key it has in the system it comes from, unique per
 * county and kind, by which a later import updates it and other rows refer to it.
 */
@MappedSuperclass
public abstract class ImportableEntity extends CountyEntity {

    @Column(name = "external_id")
    public String externalId;
}
