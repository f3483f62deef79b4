package se.samordna.organisation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import se.samordna.county.ImportableEntity;

/** A local actor in a county: a municipality, police area, council, association, business or agency. */
@Entity
@Table(name = "organisation")
public class Organisation extends ImportableEntity {

    public static final String RESOURCE_TYPE = "organisation";

    @Column(nullable = false)
    public String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public OrganisationType type;

    @Column(name = "municipality_code")
    public String municipalityCode;

    @Column(name = "organisation_number")
    public String organisationNumber;
}
