package se.samordna.imports;

import static se.samordna.testing.Fixtures.API;
import static se.samordna.testing.Tokens.as;

import io.restassured.config.EncoderConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.response.Response;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import se.samordna.testing.Database;

/** Import bodies and database checks shared by the import tests. */
final class ImportData {

    static final String CSV = "text/csv";
    static final String HEADER = "name,type,municipalityCode,organisationNumber,externalId";

    private ImportData() {
    }

    static String imports(String countyCode) {
        return API + "/counties/" + countyCode + "/imports";
    }

    /** {@code count} organisations of Kalmar, all named with the marker, externalIds {@code marker-1} and on. */
    static List<String> organisationRows(String marker, int count) {
        return IntStream.rangeClosed(1, count)
                .mapToObj(i -> "Trygghetsrådet " + i + " " + marker + ",CIVIL_SOCIETY,0880,," + marker + "-" + i)
                .collect(Collectors.toList());
    }

    static String csv(String header, List<String> rows) {
        return header + "\r\n" + String.join("\r\n", rows) + "\r\n";
    }

    /** Posts bytes as they are, with this content type and no charset added. */
    static Response post(String user, String countyCode, String contentType, byte[] body, String query) {
        return as(user)
                .config(RestAssuredConfig.config().encoderConfig(EncoderConfig.encoderConfig()
                        .appendDefaultContentCharsetToContentTypeIfUndefined(false)))
                .contentType(contentType)
                .body(body)
                .post(imports(countyCode) + (query.isEmpty() ? "" : "?" + query));
    }

    static Response postCsv(String user, String countyCode, String csv, String query) {
        return post(user, countyCode, CSV, csv.getBytes(StandardCharsets.UTF_8), query);
    }

    /** How many organisations of the county carry the marker in their name, read in SQL. */
    static long organisationsNamed(String countyCode, String marker) {
        return ((Number) Database.query("select count(*) as n from organisation where county_code = ? and name like ?",
                countyCode, "%" + marker + "%").getFirst().get("n")).longValue();
    }

    /** How many change events of the county's organisations carry the marker in their recorded name. */
    static long organisationEvents(String countyCode, String marker, String action) {
        return ((Number) Database.query("""
                select count(*) as n from change_event where county_code = ? and resource_type = 'organisation'
                and action = ? and state ->> 'name' like ?""", countyCode, action, "%" + marker + "%")
                .getFirst().get("n")).longValue();
    }

    /** The distinct row numbers of a report's or problem's rejected rows. */
    static Set<Integer> rejectedRowNumbers(Response answer) {
        return Set.copyOf(answer.jsonPath().getList("rejectedRows.row", Integer.class));
    }
}
