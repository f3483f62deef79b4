package se.samordna.support;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.util.UUID;
import se.samordna.county.CountyEntity;

/** A comment on a request: public, which its filer reads, or an internal note for coordinators only. */
@Entity
@Table(name = "support_request_comment")
public class SupportComment extends CountyEntity {

    public static final String RESOURCE_TYPE = "support-request-comment";

    @Column(name = "request_id", nullable = false, updatable = false)
    public UUID requestId;

    @Column(nullable = false, updatable = false)
    public String text;

    @Column(nullable = false, updatable = false)
    public boolean internal;

    @Column(name = "author_name", updatable = false)
    public String authorName;

    /** A coordinator's public comment answers the request (time to first answer). */
    @Column(name = "by_coordinator", nullable = false, updatable = false)
    public boolean byCoordinator;
}
