package se.samordna.audit;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** One append-only record of a write of county data; never updated except to erase personal data. */
@Entity
@Table(name = "change_event")
public class ChangeEvent extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long seq;

    @Column(name = "county_code", nullable = false, updatable = false)
    public String countyCode;

    @Column(name = "resource_type", nullable = false, updatable = false)
    public String resourceType;

    @Column(name = "resource_id", nullable = false, updatable = false)
    public UUID resourceId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    public ChangeAction action;

    @Column(nullable = false, updatable = false)
    public long version;

    @Column(name = "actor_subject", nullable = false, updatable = false)
    public String actorSubject;

    @Column(name = "actor_name", updatable = false)
    public String actorName;

    @Column(name = "actor_client", updatable = false)
    public String actorClient;

    @Column(name = "occurred_at", nullable = false, updatable = false)
    public Instant occurredAt;

    @JdbcTypeCode(SqlTypes.JSON)
    public JsonNode state;
}
