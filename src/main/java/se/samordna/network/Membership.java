package se.samordna.network;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.UUID;
import se.samordna.county.ImportableEntity;
import se.samordna.web.Period;

/**
 * A contact and/or an organisation belonging to a network from {@code joinedOn} until the day before
 * {@code leftOn}: leaving sets {@code leftOn} and keeps the row, joining again is a new one.
 */
@Entity
@Table(name = "membership")
public class Membership extends ImportableEntity {

    public static final String RESOURCE_TYPE = "membership";

    @Column(name = "network_id", nullable = false, updatable = false)
    public UUID networkId;

    @Column(name = "contact_id")
    public UUID contactId;

    @Column(name = "organisation_id")
    public UUID organisationId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public MembershipRole role;

    @Column(name = "joined_on", nullable = false)
    public LocalDate joinedOn;

    @Column(name = "left_on")
    public LocalDate leftOn;

    static LocalDate today() {
        return Period.today();
    }
}
