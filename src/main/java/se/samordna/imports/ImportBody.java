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
import java.nio.charset.CharacterCodingException;
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
import se.samordna.web.ProblemException;
import se.samordna.web.ProblemMappers;
import se.samordna.web.StorableText;
import se.samordna.web.StrictJson;

/**
 * Reads the body of an import into rows of named values: a CSV (RFC 4180, UTF-8 with or without a byte-order mark,
 * a header row naming the columns) through Commons CSV, or a JSON array of objects. Blank CSV cells are absent
 * values; a CSV value is taken without the blanks around it. Limits of bytes and rows are checked here (413).
 */
@ApplicationScoped
class ImportBody {

    static final String CSV = "text/csv";
    /** At most this many bytes of body. */
    static final int MAX_BYTES = 16 * 1024 * 1024;
    /** At most this many data rows. */
    static final int MAX_ROWS = 100_000;

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
    List<Row> rows(byte[] body, boolean csv, Set<String> columns, Set<String> prefixes) {
        if (body == null || body.length == 0) {
            throw malformed("The body is empty: send a CSV with a header row, or a JSON array of objects");
        }
        if (body.length > MAX_BYTES) {
            throw tooLarge("The body has " + body.length + " bytes; an import takes at most " + MAX_BYTES
                    + ". Split it into several imports.");
        }
        List<Row> rows = csv ? csvRows(text(body), columns, prefixes) : jsonRows(body);
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

    /** The body as UTF-8 text; 400 when it is not UTF-8 or holds what PostgreSQL cannot store. */
    private static String text(byte[] body) {
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(body)).toString();
        } catch (CharacterCodingException e) {
            throw malformed("The body is not UTF-8 text: save the CSV as UTF-8");
        }
        if (!StorableText.storable(text)) {
            throw ProblemException.invalid("body", StorableText.MESSAGE);
        }
        return text;
    }

    private static ProblemException malformed(String detail) {
        return new ProblemException(400, "malformed-body", "Malformed request body", detail, null);
    }

    private static ProblemException tooLarge(String detail) {
        return new ProblemException(413, "payload-too-large", "Payload too large", detail, null);
    }
}
