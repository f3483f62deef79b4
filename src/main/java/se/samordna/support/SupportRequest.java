package se.samordna.support;

import se.samordna.county.NeedCategory;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.Formula;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import se.samordna.county.ImportableEntity;

/** A local actor's request for method support from the county, and where it stands. */
@Entity
@Table(name = "support_request")
public class SupportRequest extends ImportableEntity {

    public static final String RESOURCE_TYPE = "support-request";

    @Column(name = "organisation_id", nullable = false)
    public UUID organisationId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public SupportTopic topic;

    @Column(nullable = false)
    public String title;

    @Column(nullable = false)
    public String description;

    @Column(nullable = false)
    public SupportPriority priority;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public RequestStatus status;

    /**
     * When the request was last RESOLVED, while it is: the time of its RESOLVE transition (that transition's
     * {@code occurredAt}), cleared when it is reopened. Kept by {@link #stampResolvedAt()} only; read by the follow-up,
     * the county overview and the national statistics instead of grouping the transitions.
     */
    @Column(name = "resolved_at")
    public Instant resolvedAt;

    @Column(name = "due_on")
    public LocalDate dueOn;

    @Column(name = "assignee_subject")
    public String assigneeSubject;

    /** Names of {@link NeedCategory}, kept in the order written, each once. */
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "need_categories", nullable = false)
    public List<String> needCategories = new ArrayList<>();

    /** The token subject of who filed it. */
    @Column(name = "filed_by", nullable = false, updatable = false)
    public String filedBy;

    @Column(name = "filed_by_name", updatable = false)
    public String filedByName;

    /**
     * The organisation's name, read in the same statement as the request (a subquery), so that a get or a page of
     * requests is one statement; null on a request made in this transaction.
     */
    @Formula("(select o.name from organisation o where o.county_code = county_code and o.id = organisation_id)")
    public String organisationName;

    /** The organisation {@link #organisationName} was read for: a write that names another must look its name up. */
    @Formula("organisation_id")
    public UUID organisationNameOf;

    /** Whether {@link #organisationName} is the name of the organisation the request names now. */
    public boolean organisationNameRead() {
        return organisationName != null && organisationId.equals(organisationNameOf);
    }

    /** Due and not done on {@code today}. */
    public boolean isOverdue(LocalDate today) {
        return status.isOpen() && dueOn != null && dueOn.isBefore(today);
    }

    /**
     * Keeps {@link #resolvedAt} at every write of the request: a request that has just become RESOLVED takes the time
     * of this write, the same instant its transition records; one that is no longer RESOLVED has none. The status
     * changes only by transitions, so this is the RESOLVE and the REOPEN of {@code SupportRequestService.transition}.
     */
    @PreUpdate
    void stampResolvedAt() {
        if (status != RequestStatus.RESOLVED) {
            resolvedAt = null;
        } else if (resolvedAt == null) {
            resolvedAt = updatedAt;
        }
    }
}
