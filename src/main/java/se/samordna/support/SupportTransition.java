package se.samordna.support;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** One move of a request through its workflow; written once, never changed. */
@Entity
@Table(name = "support_request_transition")
public class SupportTransition extends PanacheEntityBase {

    /** Its events in the change feed: a comment of a move is what a mirror of the requests shows their filers. */
    public static final String RESOURCE_TYPE = "support-request-transition";

    @Id
    public UUID id;

    @Column(name = "county_code", nullable = false, updatable = false)
    public String countyCode;

    @Column(name = "request_id", nullable = false, updatable = false)
    public UUID requestId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    public TransitionAction action;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_status", nullable = false, updatable = false)
    public RequestStatus fromStatus;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_status", nullable = false, updatable = false)
    public RequestStatus toStatus;

    @Column(updatable = false)
    public String comment;

    @Column(name = "actor_subject", nullable = false, updatable = false)
    public String actorSubject;

    @Column(name = "actor_name", updatable = false)
    public String actorName;

    @Column(name = "by_coordinator", nullable = false, updatable = false)
    public boolean byCoordinator;

    @Column(name = "occurred_at", nullable = false, updatable = false)
    public Instant occurredAt;
}
