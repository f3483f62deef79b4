package se.samordna.meeting;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import se.samordna.county.CountyEntity;

/** A themed network meeting, training or seminar of a county, with its agenda, guests, minutes and actions. */
@Entity
@Table(name = "meeting")
public class Meeting extends CountyEntity {

    public static final String RESOURCE_TYPE = "meeting";

    @Column(nullable = false)
    public String title;

    @Column(nullable = false)
    public String theme;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public MeetingKind kind;

    @Enumerated(EnumType.STRING)
    public Audience audience;

    @Column(name = "network_id")
    public UUID networkId;

    @Column(name = "starts_at", nullable = false)
    public Instant startsAt;

    @Column(name = "ends_at", nullable = false)
    public Instant endsAt;

    public String location;

    @Column(name = "online_url")
    public String onlineUrl;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public MeetingStatus status;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public List<MeetingWrite.AgendaItem> agenda;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public List<MeetingWrite.Guest> guests;

    public String minutes;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public List<MeetingWrite.FollowUpAction> actions;

    /** Names of {@link se.samordna.county.NeedCategory} constants, in the order written. */
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "need_categories", nullable = false)
    public List<String> needCategories;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "municipality_codes", nullable = false)
    public List<String> municipalityCodes;
}
