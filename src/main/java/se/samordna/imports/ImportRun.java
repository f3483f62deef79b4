package se.samordna.imports;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** One import that was run in a county: who started it, its Idempotency-Key and body hash, and its report. */
@Entity
@Table(name = "import_run")
public class ImportRun extends PanacheEntityBase {

    /**
     * Where an import stands. FAILED: it stopped before it finished (its database connection or its instance was
     * lost), so none of its rows were written; recorded when it fails, or, when the database was gone then, when it is
     * next read after {@code samordna.imports.abandoned-after}; its key is free again.
     */
    public enum Status {
        RUNNING, SUCCEEDED, REJECTED, FAILED
    }

    @Id
    public UUID id;

    @Column(name = "county_code", nullable = false, updatable = false)
    public String countyCode;

    @Column(nullable = false, updatable = false)
    public String kind;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Status status;

    @Column(name = "idempotency_key", updatable = false)
    public String idempotencyKey;

    @Column(name = "body_hash", nullable = false, updatable = false)
    public String bodyHash;

    /** The report ({@link ImportReport}) once finished. */
    @JdbcTypeCode(SqlTypes.JSON)
    public JsonNode report;

    @Column(name = "started_at", nullable = false, updatable = false)
    public Instant startedAt;

    @Column(name = "started_by", nullable = false, updatable = false)
    public String startedBy;

    @Column(name = "finished_at")
    public Instant finishedAt;
}
