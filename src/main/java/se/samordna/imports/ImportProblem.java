package se.samordna.imports;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import se.samordna.web.Problem;
import se.samordna.web.RequestIds;

/**
 * The RFC 9457 problem of an import that refused rows and so wrote nothing: the standard members and, as extensions,
 * the import's id, its counts and every fault of every refused row.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "ImportProblem", description = "RFC 9457 problem of a refused import (application/problem+json)")
public record ImportProblem(
        @Schema(maxLength = 2048, examples = "http://localhost:8080/api/v1/docs/problems#import-rejected") String type,
        @Schema(maxLength = 200, examples = "Import rejected") String title,
        @Schema(examples = "422") int status,
        @Schema(maxLength = 4000, examples = "3 of 1000 rows are invalid; nothing was written") String detail,
        @Schema(maxLength = 2048, examples = "/api/v1/counties/08/imports") String instance,
        @Schema(maxLength = RequestIds.MAX_LENGTH, pattern = "^[A-Za-z0-9._:-]+$", description = "The id of the request, as in the X-Request-Id header", examples = "5b0e7c1a-3f2d-4e8b-9a61-0c4d2f7e8b93") String requestId,
        @Schema(description = "The import's id (absent for a dry run)") UUID importId,
        @Schema(maxLength = 40, examples = "organisations") String kind,
        @Schema(examples = "true") boolean dryRun,
        @Schema(description = "Data rows read", examples = "1000") int rows,
        @Schema(description = "Rows refused", examples = "3") int rejected,
        @Schema(maxItems = RejectedRow.MOST, description = "Every fault of every refused row") List<RejectedRow> rejectedRows) {

    static final String SLUG = "import-rejected";

    static ImportProblem of(ImportReport report, java.net.URI apiBase, String instance) {
        return new ImportProblem(Problem.type(apiBase, SLUG), "Import rejected", 422,
                report.rejected() + " of " + report.rows() + " rows are invalid; nothing was written",
                instance, RequestIds.current(), report.id(), report.kind(), report.dryRun(), report.rows(), report.rejected(),
                report.rejectedRows());
    }
}
