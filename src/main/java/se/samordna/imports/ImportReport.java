package se.samordna.imports;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What an import did, or would do in a dry run: counts of rows, and every row it refused and why. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "ImportReport")
public record ImportReport(
        @Schema(description = "The import's id; absent for a dry run, which is not recorded") UUID id,
        @Schema(maxLength = 2, examples = "08") String countyCode,
        @Schema(maxLength = 40, examples = "organisations") String kind,
        @Schema(maxLength = 20, enumeration = { "RUNNING", "SUCCEEDED", "REJECTED", "FAILED", "VALID" },
                description = "SUCCEEDED: every row was written; REJECTED: rows were refused, nothing was written; VALID: a "
                + "dry run that would succeed; RUNNING: not finished yet; FAILED: the import stopped before it finished "
                + "(its database connection or the instance running it was lost); none of its rows were written; send it "
                + "again (its Idempotency-Key may be used again); its counts are 0 and finishedAt is when the failure was "
                + "recorded", examples = "SUCCEEDED") String status,
        @Schema(examples = "false") boolean dryRun,
        @Schema(description = "Data rows read", examples = "1000") int rows,
        @Schema(description = "Rows that made a new object", examples = "997") int created,
        @Schema(description = "Rows whose externalId named an object they changed", examples = "3") int updated,
        @Schema(description = "Rows whose externalId named an object they left as it was", examples = "0") int unchanged,
        @Schema(description = "Rows refused; when any is, nothing is written", examples = "0") int rejected,
        @Schema(maxItems = RejectedRow.MOST, description = "Every fault of every refused row (absent in lists)") List<RejectedRow> rejectedRows,
        @Schema(maxLength = 255, description = "Token subject of the caller who ran it") String startedBy,
        Instant startedAt,
        Instant finishedAt) {

    /** The same report without its rows, as a list shows it. */
    ImportReport summary() {
        return new ImportReport(id, countyCode, kind, status, dryRun, rows, created, updated, unchanged, rejected, null,
                startedBy, startedAt, finishedAt);
    }
}
