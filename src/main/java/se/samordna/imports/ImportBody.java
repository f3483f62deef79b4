package se.samordna.imports;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import jakarta.ws.rs.core.MediaType;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.UnsupportedCharsetException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.commons.csv.DuplicateHeaderMode;
import se.samordna.web.Problem;
import se.samordna.web.ProblemException;
import se.samordna.web.ProblemMappers;
import se.samordna.web.StorableText;
import se.samordna.web.StrictJson;

/**
 * Reads the body of an import into rows of named values: a CSV (RFC 4180, a header row naming the columns) through
 * Commons CSV, or a JSON array of objects. Blank CSV cells are absent values; a CSV value is taken without the blanks
 * around it. A CSV is UTF-8 (with or without a byte-order mark) unless its Content-Type names another charset and it
 * is not UTF-8, and
 * its cells are separated by commas, or by semicolons when its header row has them and no comma: that is what a
 * spreadsheet set to Swedish saves (Excel's "CSV (semikolonavgränsad)", in Windows-1252). Limits of bytes and rows
 * are checked here (413).
 */
@ApplicationScoped
class ImportBody {

    static final String CSV = "text/csv";
    /** At most this many bytes of body. */
    static final int MAX_BYTES = 16 * 1024 * 1024;
    /** At most this many data rows. */
    static final int MAX_ROWS = 100_000;

    /** How a body is written: a CSV in a charset, or JSON (always UTF-8, RFC 8259). */
    record Encoding(boolean csv, Charset charset) {

        static final Encoding JSON = new Encoding(false, StandardCharsets.UTF_8);

        /**
         * The encoding a Content-Type names: a CSV in its {@code charset} (UTF-8 when none is named), otherwise JSON.
         * 415 when the charset is not one this JVM reads.
         */
        static Encoding of(String contentType) {
            MediaType type = contentType == null ? null : MediaType.valueOf(contentType);
            if (type == null || !type.isCompatible(MediaType.valueOf(CSV))) {
                return JSON;
            }
            String name = type.getParameters().get(MediaType.CHARSET_PARAMETER);
            if (name == null || name.isBlank()) {
                return new Encoding(true, StandardCharsets.UTF_8);
            }
            try {
                return new Encoding(true, Charset.forName(name.strip()));
            } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
                throw new ProblemException(415, "unsupported-media-type", "Unsupported Media Type",
                        "The charset " + Problem.cut(name.strip(), 40) + " is not known: send the CSV as UTF-8, "
                                + "or name a charset such as windows-1252 or ISO-8859-1", null);
            }
        }

        /** What tells two bodies of the same bytes apart: a CSV in UTF-8 keeps the name it had before charsets. */
        String name() {
            if (!csv) {
                return "json";
            }
            return charset.equals(StandardCharsets.UTF_8) ? "csv" : "csv;charset=" + charset.name();
        }
    }

    /** One data row, numbered from 1, as named values (an object of the write shape's fields). */
    record Row(int number, JsonNode values) {
    }

    private final ObjectMapper mapper;
    /**
     * Reads a JSON import as a plain tree: text PostgreSQL cannot store is refused row by row (ImportService), not
     * by the application's mapper for the whole body. Names twice in one object are refused, as in every body.
     */
    private static final ObjectMapper TREES = new ObjectMapper(JsonFactory.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build());

    ImportBody(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    /**
     * The rows of the body; {@code columns} are the names a CSV header may use, besides any name that begins with one
     * of {@code prefixes} and goes on.
     */
    List<Row> rows(byte[] body, Encoding encoding, Set<String> columns, Set<String> prefixes) {
        if (body == null || body.length == 0) {
            throw malformed("The body is empty: send a CSV with a header row, or a JSON array of objects");
        }
        if (body.length > MAX_BYTES) {
            throw tooLarge("The body has " + body.length + " bytes; an import takes at most " + MAX_BYTES
                    + ". Split it into several imports.");
        }
        List<Row> rows = encoding.csv() ? csvRows(text(body, encoding.charset()), columns, prefixes) : jsonRows(body);
        if (rows.size() > MAX_ROWS) {
            throw tooLarge("The body has more than " + MAX_ROWS + " rows; an import takes at most " + MAX_ROWS
                    + ". Split it into several imports.");
        }
        return rows;
    }

    private List<Row> csvRows(String text, Set<String> columns, Set<String> prefixes) {
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        CSVFormat format = CSVFormat.RFC4180.builder()
                .setDelimiter(delimiter(text))
                .setHeader()
                .setSkipHeaderRecord(true)
                .setDuplicateHeaderMode(DuplicateHeaderMode.DISALLOW)
                .setAllowMissingColumnNames(false)
                .setIgnoreEmptyLines(true)
                .get();
        List<Row> rows = new ArrayList<>();
        try (CSVParser parser = CSVParser.builder().setReader(new StringReader(text)).setFormat(format).get()) {
            List<String> header = parser.getHeaderNames();
            Set<String> named = new HashSet<>();
            for (String column : header) {
                String name = column.strip();
                if (!named.add(name)) {
                    // Commons CSV compares the names as written: "name, name" passed, and the second replaced the first
                    throw ProblemException.invalid(name, "appears more than once in the header");
                }
                if (!columns.contains(name) && prefixes.stream()
                        .noneMatch(prefix -> name.startsWith(prefix) && name.length() > prefix.length())) {
                    throw ProblemException.invalid(column, "is no column of this kind of import; its columns are "
                            + String.join(", ", Stream.concat(columns.stream().sorted(),
                                    prefixes.stream().sorted().map(prefix -> prefix + "…")).toList()));
                }
            }
            for (CSVRecord record : parser) {
                int number = rows.size() + 1;
                if (rows.size() == MAX_ROWS) {
                    rows.add(new Row(number, null));
                    break;
                }
                ObjectNode values = mapper.createObjectNode();
                if (record.size() != header.size()) {
                    values.put(WRONG_WIDTH, "has " + record.size() + " values; the header names " + header.size());
                } else {
                    for (int i = 0; i < header.size(); i++) {
                        String value = record.get(i).strip();
                        if (!value.isEmpty()) {
                            values.put(header.get(i).strip(), value);
                        }
                    }
                }
                rows.add(new Row(number, values));
            }
        } catch (IllegalArgumentException | IllegalStateException | UncheckedIOException e) {
            // Commons CSV: a duplicate or empty column name, an unclosed quote, text after a closing quote
            throw malformed("The body is no CSV that can be read: " + e.getMessage());
        } catch (IOException e) {
            throw malformed("The body is no CSV that can be read");
        }
        if (rows.isEmpty() && text.isBlank()) {
            throw malformed("The body is empty: send a CSV with a header row");
        }
        return rows;
    }

    /**
     * The separator of a CSV's cells, told by its header row (column names hold neither): a semicolon when the header
     * has one and no comma outside quotes, otherwise a comma.
     */
    static char delimiter(String text) {
        boolean quoted = false;
        boolean semicolon = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && (c == '\n' || c == '\r')) {
                break;
            } else if (!quoted && c == ',') {
                return ',';
            } else if (!quoted && c == ';') {
                semicolon = true;
            }
        }
        return semicolon ? ';' : ',';
    }

    /** A CSV cell that lists values separated by {@code ;} (such as {@code A;B}) as the array a JSON row holds. */
    static ArrayNode listed(String cell) {
        ArrayNode values = JsonNodeFactory.instance.arrayNode();
        Arrays.stream(cell.split(";")).map(String::strip).filter(value -> !value.isEmpty()).forEach(values::add);
        return values;
    }

    /** The field a CSV row with the wrong number of values is refused for; never a column. */
    static final String WRONG_WIDTH = "$row";

    private List<Row> jsonRows(byte[] body) {
        JsonNode tree;
        try {
            tree = TREES.readTree(body);
        } catch (JsonProcessingException e) {
            String duplicate = StrictJson.duplicateField(e);
            if (duplicate != null) {
                throw ProblemException.invalid(duplicate, ProblemMappers.DUPLICATE);
            }
            throw malformed("The body is not valid JSON");
        } catch (IOException e) {
            throw malformed("The body cannot be read");
        }
        if (tree == null || !tree.isArray()) {
            throw malformed("A JSON import is an array of objects, one per row");
        }
        List<Row> rows = new ArrayList<>(tree.size());
        for (JsonNode element : tree) {
            rows.add(new Row(rows.size() + 1, element));
        }
        return rows;
    }

    /**
     * The body as text: UTF-8 when it is UTF-8 with a character beyond ASCII, whatever the label says; otherwise in
     * its charset. 400 when it is not text of that charset or holds what PostgreSQL cannot store.
     */
    private static String text(byte[] body, Charset charset) {
        if (!charset.equals(StandardCharsets.UTF_8) && readsAsUtf8(body)) {
            // Clients label text by default (REST Assured: text/csv; charset=ISO-8859-1) and send UTF-8 all the same,
            // as imports took it before charsets were read. Read as labelled, every å would be stored as "Ã¥"; Swedish
            // text in a single-byte charset is never UTF-8 (å alone is a malformed byte), so UTF-8 is what it is.
            charset = StandardCharsets.UTF_8;
        }
        String text;
        try {
            text = charset.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(body)).toString();
        } catch (CharacterCodingException e) {
            throw malformed(charset.equals(StandardCharsets.UTF_8)
                    ? "The body is not UTF-8 text: save the CSV as UTF-8 (in Excel \"CSV UTF-8\"), or name its "
                            + "charset in Content-Type, such as text/csv; charset=windows-1252"
                    : "The body is not " + charset.name() + " text, as its Content-Type says");
        }
        if (!StorableText.storable(text)) {
            throw ProblemException.invalid("body", StorableText.MESSAGE);
        }
        return text;
    }

    /** Whether the body has a byte beyond ASCII and is UTF-8 all the same: text of a single-byte charset hardly is. */
    private static boolean readsAsUtf8(byte[] body) {
        boolean beyondAscii = false;
        for (byte b : body) {
            if (b < 0) {
                beyondAscii = true;
                break;
            }
        }
        if (!beyondAscii) {
            return false;
        }
        try {
            StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(body));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    private static ProblemException malformed(String detail) {
        return new ProblemException(400, "malformed-body", "Malformed request body", detail, null);
    }

    private static ProblemException tooLarge(String detail) {
        return new ProblemException(413, "payload-too-large", "Payload too large", detail, null);
    }
}
