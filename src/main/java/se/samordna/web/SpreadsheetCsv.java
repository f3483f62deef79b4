package se.samordna.web;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.function.Consumer;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * The CSV of an export (RFC 4180, UTF-8, a header row), written for a spreadsheet: a text cell that begins with a
 * character a spreadsheet reads as the start of a formula ({@code = + - @}, a tab or a carriage return) is written
 * with an apostrophe before it, so that what a member typed shows as the text it is and never runs as a formula in a
 * coordinator's spreadsheet (OWASP, "CSV Injection"). Numbers, dates and ids are written as they are.
 */
public final class SpreadsheetCsv {

    /** Writes one row of cells. */
    @FunctionalInterface
    public interface Rows {
        void add(Object... cells);
    }

    private static final String FORMULA_STARTS = "=+-@\t\r";

    private SpreadsheetCsv() {
    }

    /** The header and the rows that {@code rows} adds, as CSV text. */
    public static String write(String[] header, Consumer<Rows> rows) {
        StringWriter out = new StringWriter();
        try (CSVPrinter printer = CSVFormat.RFC4180.builder().setHeader(header).get().print(out)) {
            rows.accept(cells -> {
                try {
                    printer.printRecord(Arrays.stream(cells).map(SpreadsheetCsv::inert).toArray());
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    /** The cell as written: text that a spreadsheet would take for a formula behind an apostrophe. */
    static Object inert(Object cell) {
        if (cell instanceof CharSequence text && !text.isEmpty() && FORMULA_STARTS.indexOf(text.charAt(0)) >= 0) {
            return "'" + text;
        }
        return cell;
    }
}
