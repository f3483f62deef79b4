package se.samordna.imports;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import se.samordna.web.Problem;

/** One reason a row of an import was refused: a row with several faults appears once per fault. */
@Schema(name = "RejectedRow")
public record RejectedRow(
        @Schema(description = "The row: the n-th data row of the CSV (the header not counted) or the n-th element of the JSON array, from 1",
                examples = "17") int row,
        @Schema(maxLength = 200, description = "The column or field at fault, or `row` for the row as a whole", examples = "organisationNumber") String field,
        @Schema(maxLength = 1000, description = "Why", examples = "must be a Swedish organisation number: ten digits (NNNNNN-NNNN) with a valid check digit")
        String reason) {

    /** At most this many faults in one import: every row at most 20 (fields × their rules), and ImportBody.MAX_ROWS rows. */
    public static final int MOST = ImportBody.MAX_ROWS * 20;

    /** A column's name is the client's own text where it is unknown to us: cut to what the spec allows. */
    public RejectedRow {
        field = Problem.cut(field, 200);
        reason = Problem.cut(reason, 1000);
    }
}
