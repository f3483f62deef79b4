package se.samordna.meeting;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.util.UUID;
import se.samordna.county.CountyEntity;

/** One contact on a meeting's list: invited, registered, attended or absent. */
@Entity
@Table(name = "attendance")
public class Attendance extends CountyEntity {

    public static final String RESOURCE_TYPE = "attendance";

    @Column(name = "meeting_id", nullable = false, updatable = false)
    public UUID meetingId;

    @Column(name = "contact_id", nullable = false)
    public UUID contactId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public AttendanceStatus status;
}
