package se.samordna.imports;

import se.samordna.testing.Fixtures;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Named.named;
import static org.junit.jupiter.params.provider.Arguments.arguments;
import static se.samordna.imports.ImportData.HEADER;
import static se.samordna.imports.ImportData.csv;
import static se.samordna.imports.ImportData.imports;
import static se.samordna.imports.ImportData.organisationEvents;
import static se.samordna.imports.ImportData.organisationRows;
import static se.samordna.imports.ImportData.organisationsNamed;
import static se.samordna.imports.ImportData.post;
import static se.samordna.imports.ImportData.postCsv;
import static se.samordna.imports.ImportData.rejectedRowNumbers;
import static se.samordna.testing.Fixtures.body;
import static se.samordna.testing.Fixtures.marker;
import static se.samordna.testing.Fixtures.problem;
import static se.samordna.testing.Fixtures.toJson;
import static se.samordna.testing.Tokens.as;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import se.samordna.testing.Database;
import se.samordna.testing.Statements;
import se.samordna.testing.Tokens;

/** Bulk imports: all rows or none, the report, re-imports by externalId, dry runs, CSV and JSON bodies. */
@QuarkusTest
@DisplayName("Imports")
class ImportResourceTest {

    static final String COORDINATOR = Tokens.COORDINATOR_08;

    /** The 1 000 rows with three bad ones: a blank name (row 10), a wrong check digit (500), Blekinge's Karlskrona (1000). */
    static List<String> withThreeBadRows(String marker) {
        List<String> rows = new ArrayList<>(organisationRows(marker, 1000));
        rows.set(9, " ,CIVIL_SOCIETY,0880,," + marker + "-10");
        rows.set(499, "Trygghetsrådet 500 " + marker + ",CIVIL_SOCIETY,0880,212000-0828," + marker + "-500");
        rows.set(999, "Trygghetsrådet 1000 " + marker + ",CIVIL_SOCIETY,1080,," + marker + "-1000");
        return rows;
    }

    @Nested
    @DisplayName("As coordinator of Kalmar (coordinator-08)")
    class AllOrNothing {

        @Test
        @DisplayName("POST /counties/08/imports of 1 000 organisations with three bad rows writes nothing and names exactly those three")
        void shouldWriteNothingWhenAnyRowIsBad() {
            String marker = marker();
            long before = Database.lastChangeEvent();

            Response answer = postCsv(COORDINATOR, "08", csv(HEADER, withThreeBadRows(marker)), "kind=organisations");

            answer.then().spec(problem(422, imports("08")))
                    .body("type", equalTo(Fixtures.problemType("import-rejected")))
                    .body("rows", is(1000)).body("rejected", is(3)).body("importId", notNullValue());
            assertEquals(Set.of(10, 500, 1000), rejectedRowNumbers(answer));
            assertEquals(List.of("name", "organisationNumber", "municipalityCode"),
                    answer.jsonPath().getList("rejectedRows.field"));
            assertEquals(0, organisationsNamed("08", marker), "no organisation written");
            assertEquals(0, organisationEvents("08", marker, "CREATED"), "no change event written");
            assertEquals(before, Database.lastChangeEvent(), "nothing at all in the change log");
        }

        @Test
        @DisplayName("POST /counties/08/imports of the fixed file writes all 1 000, each with its history, and reports it")
        void shouldWriteEveryRowOfAValidFile() {
            String marker = marker();
            postCsv(COORDINATOR, "08", csv(HEADER, withThreeBadRows(marker)), "kind=organisations")
                    .then().statusCode(422);

            Response answer = postCsv(COORDINATOR, "08", csv(HEADER, organisationRows(marker, 1000)),
                    "kind=organisations");

            answer.then().statusCode(201)
                    .header("Location", containsString(imports("08") + "/" + answer.path("id")))
                    .body("status", equalTo("SUCCEEDED")).body("rows", is(1000)).body("created", is(1000))
                    .body("updated", is(0)).body("unchanged", is(0)).body("rejected", is(0));
            assertEquals(1000, organisationsNamed("08", marker));
            assertEquals(1000, organisationEvents("08", marker, "CREATED"));
            String id = as(COORDINATOR).queryParam("q", "Trygghetsrådet 500 " + marker)
                    .get("/api/v1/counties/08/organisations").then().statusCode(200)
                    .body("items[0].externalId", equalTo(marker + "-500"))
                    .body("items[0].municipalityName", equalTo("Kalmar"))
                    .extract().path("items[0].id");
            as(COORDINATOR).get("/api/v1/counties/08/organisations/" + id + "/history").then().statusCode(200)
                    .body("items.action", equalTo(List.of("CREATED")))
                    .body("items[0].state.externalId", equalTo(marker + "-500"))
                    .body("items[0].actor.name", equalTo(COORDINATOR));
        }

        @Test
        @DisplayName("POST /counties/08/imports again with the same externalIds updates those objects and creates none")
        void shouldUpdateByExternalId() {
            String marker = marker();
            postCsv(COORDINATOR, "08", csv(HEADER, organisationRows(marker, 200)), "kind=organisations")
                    .then().statusCode(201);
            List<String> renamed = organisationRows(marker, 200).stream()
                    .map(row -> row.replace("Trygghetsrådet", "Brottsförebyggande rådet")).toList();

            postCsv(COORDINATOR, "08", csv(HEADER, renamed), "kind=organisations").then().statusCode(201)
                    .body("created", is(0)).body("updated", is(200)).body("unchanged", is(0));
            postCsv(COORDINATOR, "08", csv(HEADER, renamed), "kind=organisations").then().statusCode(201)
                    .body("created", is(0)).body("updated", is(0)).body("unchanged", is(200));

            assertEquals(200, organisationsNamed("08", marker), "no second object for any externalId");
            assertEquals(200, organisationEvents("08", marker, "UPDATED"), "one update each, none for the unchanged");
            as(COORDINATOR).queryParam("q", "Brottsförebyggande rådet 7 " + marker)
                    .get("/api/v1/counties/08/organisations").then().statusCode(200)
                    .body("items[0].version", is(1)).body("items[0].externalId", equalTo(marker + "-7"));
        }

        @Test
        @DisplayName("POST /counties/08/imports with two rows of one externalId refuses the second")
        void shouldRefuseTheSameExternalIdTwice() {
            String marker = marker();
            List<String> rows = new ArrayList<>(organisationRows(marker, 3));
            rows.add("Dubblett " + marker + ",OTHER,,," + marker + "-2");
            Response answer = postCsv(COORDINATOR, "08", csv(HEADER, rows), "kind=organisations");
            answer.then().spec(problem(422)).body("rejectedRows[0].field", equalTo("externalId"));
            assertEquals(Set.of(4), rejectedRowNumbers(answer));
            assertEquals(0, organisationsNamed("08", marker));
        }
    }

    /** Statements Hibernate prepares (the COPY of change events is one more, not counted). */
    @Nested
    @DisplayName("Statements (coordinator-08)")
    class StatementCounts {

        @Test
        @DisplayName("POST /counties/08/imports of 300 organisations, then 300 contacts naming them and linking logins, runs a few statements each, not one per row")
        void shouldNotRunAStatementPerRow() {
            String marker = marker();
            Tokens.of(COORDINATOR);
            long organisations = Statements.of(() -> postCsv(COORDINATOR, "08", csv(HEADER, organisationRows(marker, 300)),
                    "kind=organisations").then().statusCode(201).body("created", is(300)));
            List<String> contactRows = new ArrayList<>();
            for (int i = 1; i <= 300; i++) {
                contactRows.add("Person " + i + " " + marker + "," + marker + "-" + i + "," + marker + "-p" + i
                        + ",login-" + marker + "-" + i);
            }
            long contacts = Statements.of(() -> postCsv(COORDINATOR, "08",
                    csv("name,organisationExternalId,externalId,loginUsername", contactRows), "kind=contacts")
                    .then().statusCode(201).body("created", is(300)));
            assertTrue(organisations >= 1 && organisations <= 20, "300 organisations ran " + organisations + " statements");
            assertTrue(contacts >= 1 && contacts <= 20, "300 contacts ran " + contacts + " statements");
        }
    }

    @Nested
    @DisplayName("Dry runs (coordinator-08)")
    class DryRun {

        @Test
        @DisplayName("POST /counties/08/imports?dryRun=true of a valid file reports what it would do and writes nothing")
        void shouldWriteNothingOnADryRun() {
            String marker = marker();
            long before = Database.lastChangeEvent();
            postCsv(COORDINATOR, "08", csv(HEADER, organisationRows(marker, 50)), "kind=organisations&dryRun=true")
                    .then().statusCode(200)
                    .body("status", equalTo("VALID")).body("dryRun", is(true)).body("created", is(50))
                    .body("id", org.hamcrest.Matchers.nullValue());
            assertEquals(0, organisationsNamed("08", marker));
            assertEquals(before, Database.lastChangeEvent());
            assertEquals(0L, ((Number) Database.query(
                    "select count(*) as n from import_run where report ->> 'rows' = '50' and report ->> 'dryRun' = 'true'")
                    .getFirst().get("n")).longValue(), "a dry run is not recorded");
        }

        @Test
        @DisplayName("POST /counties/08/imports?dryRun=true of a file with bad rows answers the 422 report and writes nothing")
        void shouldReportBadRowsOnADryRun() {
            String marker = marker();
            Response answer = postCsv(COORDINATOR, "08", csv(HEADER, withThreeBadRows(marker)),
                    "kind=organisations&dryRun=true");
            answer.then().spec(problem(422)).body("dryRun", is(true));
            assertEquals(Set.of(10, 500, 1000), rejectedRowNumbers(answer));
            assertEquals(0, organisationsNamed("08", marker));
        }
    }

    @Nested
    @DisplayName("Bodies (coordinator-08)")
    class Bodies {

        @Test
        @DisplayName("POST /counties/08/imports of a CSV with a byte-order mark and Swedish names keeps å, ä and ö")
        void shouldReadSwedishCsvWithBom() {
            String marker = marker();
            String text = "\uFEFF" + csv(HEADER, List.of(
                    "Brottsförebyggande rådet i Mörbylånga " + marker + ",LOCAL_COUNCIL,0840,,",
                    "\"Föreningen Trygga Öland, Borgholm " + marker + "\",CIVIL_SOCIETY,0885,,"));
            postCsv(COORDINATOR, "08", text, "kind=organisations").then().statusCode(201).body("created", is(2));
            as(COORDINATOR).queryParam("q", marker).queryParam("sort", "name,asc")
                    .get("/api/v1/counties/08/organisations").then().statusCode(200)
                    .body("items.name", equalTo(List.of("Brottsförebyggande rådet i Mörbylånga " + marker,
                            "Föreningen Trygga Öland, Borgholm " + marker)))
                    .body("items.municipalityName", equalTo(List.of("Mörbylånga", "Borgholm")));
        }

        @Test
        @DisplayName("POST /counties/08/imports of what Excel set to Swedish saves as \"CSV (semikolonavgränsad)\": semicolons, Windows-1252")
        void shouldReadWhatSwedishExcelSaves() {
            String marker = marker();
            String text = HEADER.replace(',', ';') + "\r\n"
                    + "Brottsförebyggande rådet i Mörbylånga " + marker + ";LOCAL_COUNCIL;0840;;\r\n"
                    + "\"Trygghet; Öland och Borgholm " + marker + "\";CIVIL_SOCIETY;0885;;\r\n";
            post(COORDINATOR, "08", "text/csv; charset=windows-1252", text.getBytes(Charset.forName("windows-1252")),
                    "kind=organisations").then().statusCode(201).body("created", is(2));
            as(COORDINATOR).queryParam("q", marker).queryParam("sort", "name,asc")
                    .get("/api/v1/counties/08/organisations").then().statusCode(200)
                    .body("items.name", equalTo(List.of("Brottsförebyggande rådet i Mörbylånga " + marker,
                            "Trygghet; Öland och Borgholm " + marker)))
                    .body("items.municipalityName", equalTo(List.of("Mörbylånga", "Borgholm")));
        }

        @Test
        @DisplayName("POST /counties/08/imports of what Excel set to Swedish saves as \"CSV UTF-8\": semicolons, a byte-order mark")
        void shouldReadSwedishExcelsUtf8() {
            String marker = marker();
            String text = "\uFEFF" + HEADER.replace(',', ';') + "\r\n"
                    + "Föreningen Trygga Öland " + marker + ";CIVIL_SOCIETY;0885;;" + marker + "-1\r\n";
            postCsv(COORDINATOR, "08", text, "kind=organisations").then().statusCode(201).body("created", is(1));
            as(COORDINATOR).queryParam("q", marker).get("/api/v1/counties/08/organisations").then().statusCode(200)
                    .body("items.name", equalTo(List.of("Föreningen Trygga Öland " + marker)))
                    .body("items.externalId", equalTo(List.of(marker + "-1")));
        }

        @Test
        @DisplayName("POST /counties/08/imports?kind=contacts names organisations by their externalId")
        void shouldImportContactsOfImportedOrganisations() {
            String marker = marker();
            postCsv(COORDINATOR, "08", csv(HEADER, organisationRows(marker, 2)), "kind=organisations")
                    .then().statusCode(201);
            List<Map<String, Object>> contacts = List.of(
                    body("name", "Åsa Öberg " + marker, "email", "asa.oberg@example.se",
                            "organisationExternalId", marker + "-1", "externalId", marker + "-p1"),
                    body("name", "Örjan Ärlig " + marker, "organisationExternalId", marker + "-2",
                            "externalId", marker + "-p2"),
                    body("name", "Ingen Organisation " + marker));
            post(COORDINATOR, "08", "application/json", toJson(contacts).getBytes(StandardCharsets.UTF_8),
                    "kind=contacts").then().statusCode(201).body("created", is(3));

            String organisation = as(COORDINATOR).queryParam("q", "Trygghetsrådet 1 " + marker)
                    .get("/api/v1/counties/08/organisations").then().extract().path("items[0].id");
            as(COORDINATOR).queryParam("q", "Åsa Öberg " + marker).get("/api/v1/counties/08/contacts")
                    .then().statusCode(200)
                    .body("items[0].organisationId", equalTo(organisation))
                    .body("items[0].email", equalTo("asa.oberg@example.se"))
                    .body("items[0].externalId", equalTo(marker + "-p1"));
        }

        @Test
        @DisplayName("POST /counties/08/imports?kind=contacts linking one login to two contacts, in the file or beside a linked one, refuses those rows in its report")
        void shouldRefuseALoginLinkedTwice() {
            String marker = marker();
            String linked = Fixtures.createContact("08", body("name", "Redan Länkad " + marker,
                    "loginUsername", "taken-" + marker));
            String text = csv("name,loginUsername,externalId", List.of(
                    "Första " + marker + ",twice-" + marker + "," + marker + "-p1",
                    "Andra " + marker + ",TWICE-" + marker + "," + marker + "-p2",
                    "Tredje " + marker + ",taken-" + marker + "," + marker + "-p3",
                    "Fjärde " + marker + ",free-" + marker + "," + marker + "-p4"));

            Response answer = postCsv(COORDINATOR, "08", text, "kind=contacts");

            answer.then().spec(problem(422, imports("08")))
                    .body("type", equalTo(Fixtures.problemType("import-rejected")));
            assertEquals(List.of(2, 3), answer.jsonPath().getList("rejectedRows.row", Integer.class));
            assertEquals(List.of("loginUsername", "loginUsername"), answer.jsonPath().getList("rejectedRows.field"));
            assertEquals(0L, ((Number) Database.query("select count(*) as n from contact where county_code = '08' "
                    + "and external_id like ?", marker + "-%").getFirst().get("n")).longValue(), "no contact written");
            as(COORDINATOR).get("/api/v1/counties/08/contacts/" + linked).then().statusCode(200)
                    .body("loginUsername", equalTo("taken-" + marker));
        }

        @Test
        @DisplayName("POST /counties/08/imports?kind=contacts moving a login within one file (freed by one row, linked by a later one) refuses the later row, dry run or not")
        void shouldNotMoveALoginWithinOneImport() {
            String marker = marker();
            postCsv(COORDINATOR, "08", csv("name,externalId,loginUsername", List.of(
                    "Karin Gammal " + marker + "," + marker + "-p1,karin-" + marker)), "kind=contacts")
                    .then().statusCode(201);
            String moving = csv("name,externalId,loginUsername", List.of(
                    "Karin Gammal " + marker + "," + marker + "-p1,",
                    "Karin Ny " + marker + "," + marker + "-p2,karin-" + marker));
            for (String query : List.of("kind=contacts&dryRun=true", "kind=contacts")) {
                Response answer = postCsv(COORDINATOR, "08", moving, query);
                answer.then().spec(problem(422));
                assertEquals(List.of(2), answer.jsonPath().getList("rejectedRows.row", Integer.class), query);
                assertEquals(List.of("loginUsername"), answer.jsonPath().getList("rejectedRows.field"), query);
            }
            as(COORDINATOR).queryParam("q", "Karin Gammal " + marker).get("/api/v1/counties/08/contacts")
                    .then().statusCode(200).body("items[0].loginUsername", equalTo("karin-" + marker));
        }

        @Test
        @DisplayName("importer-08's contacts import may not link a login (a coordinator's act); leaving the login out keeps a contact's link")
        void shouldLeaveLoginsToCoordinators() {
            String marker = marker();
            postCsv(COORDINATOR, "08", csv("name,loginUsername,externalId", List.of(
                    "Länkad " + marker + ",linked-" + marker + "," + marker + "-p1")), "kind=contacts")
                    .then().statusCode(201).body("created", is(1));

            Response refused = postCsv(Tokens.IMPORTER_08, "08", csv("name,loginUsername,externalId", List.of(
                    "Länkad " + marker + ",linked-" + marker + "," + marker + "-p1",
                    "Ny " + marker + ",new-" + marker + "," + marker + "-p2",
                    "Flyttad " + marker + ",other-" + marker + "," + marker + "-p1x")), "kind=contacts");
            refused.then().spec(problem(422));
            assertEquals(List.of(2, 3), refused.jsonPath().getList("rejectedRows.row", Integer.class));
            assertEquals(List.of("loginUsername", "loginUsername"), refused.jsonPath().getList("rejectedRows.field"));

            postCsv(Tokens.IMPORTER_08, "08", csv("name,externalId", List.of(
                    "Länkad Omdöpt " + marker + "," + marker + "-p1")), "kind=contacts")
                    .then().statusCode(201).body("updated", is(1));
            as(COORDINATOR).queryParam("q", "Länkad Omdöpt " + marker).get("/api/v1/counties/08/contacts")
                    .then().statusCode(200).body("items[0].loginUsername", equalTo("linked-" + marker));
        }

        @Test
        @DisplayName("POST /counties/08/imports?kind=contacts with an unknown organisationExternalId refuses that row")
        void shouldRefuseAnUnknownOrganisationExternalId() {
            String marker = marker();
            String text = csv("name,organisationExternalId,externalId",
                    List.of("Åsa Öberg " + marker + "," + marker + "-none," + marker + "-p1"));
            Response answer = postCsv(COORDINATOR, "08", text, "kind=contacts");
            answer.then().spec(problem(422)).body("rejectedRows[0].field", equalTo("organisationExternalId"));
            assertEquals(Set.of(1), rejectedRowNumbers(answer));
        }

        @Test
        @DisplayName("POST /counties/08/imports of a JSON array of organisations writes them")
        void shouldImportJson() {
            String marker = marker();
            String json = toJson(List.of(body("name", "Kalmar läns polisområde " + marker, "type", "POLICE",
                    "organisationNumber", "2021000076", "externalId", marker)));
            post(COORDINATOR, "08", "application/json", json.getBytes(StandardCharsets.UTF_8), "kind=organisations")
                    .then().statusCode(201).body("created", is(1));
            as(COORDINATOR).queryParam("q", marker).get("/api/v1/counties/08/organisations").then()
                    .body("items[0].organisationNumber", equalTo("202100-0076"));
        }
    }

    /** A bad body or parameter: what is sent, and the answer's status and the field it names (null: none). */
    static Stream<Arguments> badInput() {
        String json = "application/json";
        return Stream.of(
                arguments(named("no kind", ""), ImportData.CSV, "name,type\r\nA,OTHER\r\n", 400, "kind"),
                arguments(named("kind=meetings", "kind=meetings"), ImportData.CSV, "name\r\nA\r\n", 400, "kind"),
                arguments(named("dryRun=maybe", "kind=organisations&dryRun=maybe"), ImportData.CSV,
                        "name,type\r\nA,OTHER\r\n", 400, "dryRun"),
                arguments(named("a CSV column colour", "kind=organisations"), ImportData.CSV,
                        "name,type,colour\r\nA,OTHER,red\r\n", 400, "colour"),
                arguments(named("a CSV header naming name twice", "kind=organisations"), ImportData.CSV,
                        "name,name\r\nA,B\r\n", 400, null),
                // Commons CSV compares names as written: the second, after a blank, silently replaced the first
                arguments(named("a CSV header naming name twice, once after a blank", "kind=organisations"),
                        ImportData.CSV, "name,type, name\r\nA,OTHER,B\r\n", 400, "name"),
                arguments(named("a CSV with an unclosed quote", "kind=organisations"), ImportData.CSV,
                        "name,type\r\n\"A,OTHER\r\n", 400, null),
                arguments(named("an empty CSV", "kind=organisations"), ImportData.CSV, "", 400, null),
                arguments(named("a CSV with a NUL character", "kind=organisations"), ImportData.CSV,
                        "name,type\r\nA\u0000,OTHER\r\n", 400, "body"),
                arguments(named("a CSV row with three values under two columns", "kind=organisations"), ImportData.CSV,
                        "name,type\r\nA,OTHER,x\r\n", 422, "row"),
                arguments(named("a CSV row of type NOPE", "kind=organisations"), ImportData.CSV,
                        "name,type\r\nA,NOPE\r\n", 422, "type"),
                arguments(named("a JSON object instead of an array", "kind=organisations"), json,
                        "{\"name\": \"A\", \"type\": \"OTHER\"}", 400, null),
                arguments(named("JSON that does not parse", "kind=organisations"), json, "[{\"name\": ", 400, null),
                arguments(named("a JSON row that is a number", "kind=organisations"), json, "[5]", 422, "row"),
                arguments(named("a JSON row with a field colour", "kind=organisations"), json,
                        "[{\"name\": \"A\", \"type\": \"OTHER\", \"colour\": \"red\"}]", 422, "colour"),
                arguments(named("a JSON row whose name is a number", "kind=organisations"), json,
                        "[{\"name\": 5, \"type\": \"OTHER\"}]", 422, "name"),
                arguments(named("a JSON row whose name holds a NUL", "kind=organisations"), json,
                        "[{\"name\": \"A\\u0000\", \"type\": \"OTHER\"}]", 422, "name"),
                // text a row looks up (an externalId) or a field's name, which the stored report would repeat:
                // each reached PostgreSQL and answered 500
                arguments(named("a contact row whose organisationExternalId holds a NUL", "kind=contacts"), json,
                        "[{\"name\": \"A\", \"organisationExternalId\": \"x\\u0000\"}]", 422, "organisationExternalId"),
                arguments(named("the same, as a dry run", "kind=contacts&dryRun=true"), json,
                        "[{\"name\": \"A\", \"organisationExternalId\": \"x\\u0000\"}]", 422, "organisationExternalId"),
                arguments(named("a JSON row with a field whose name holds a NUL", "kind=organisations"), json,
                        "[{\"na\\u0000me\": \"A\", \"type\": \"OTHER\"}]", 422, "row"),
                arguments(named("a JSON row whose externalId is a lone surrogate", "kind=organisations"), json,
                        "[{\"name\": \"A\", \"type\": \"OTHER\", \"externalId\": \"\\ud800\"}]", 422, "externalId"),
                arguments(named("a JSON row naming name twice", "kind=organisations"), json,
                        "[{\"name\": \"A\", \"type\": \"OTHER\"}, {\"name\": \"A\", \"type\": \"OTHER\", \"name\": \"B\"}]",
                        400, "[1].name"),
                arguments(named("a contact row naming an organisation twice", "kind=contacts"), json,
                        "[{\"name\": \"A\", \"organisationId\": \"" + UUID.randomUUID()
                                + "\", \"organisationExternalId\": \"x\"}]", 422, "organisationExternalId"),
                arguments(named("a contact row naming an organisation of no county", "kind=contacts"), json,
                        "[{\"name\": \"A\", \"organisationId\": \"" + UUID.randomUUID() + "\"}]", 422,
                        "organisationId"),
                arguments(named("text/plain", "kind=organisations"), "text/plain", "name\r\nA\r\n", 415, null));
    }

    @Nested
    @DisplayName("Bad input (coordinator-08)")
    class BadInput {

        @ParameterizedTest(name = "POST /counties/08/imports?{0} answers a problem, never 500, and writes nothing")
        @MethodSource("se.samordna.imports.ImportResourceTest#badInput")
        void shouldRefuseBadInput(String query, String contentType, String body, int status, String field) {
            long before = Database.lastChangeEvent();
            Response answer = post(COORDINATOR, "08", contentType, body.getBytes(StandardCharsets.UTF_8), query);
            answer.then().spec(problem(status));
            if (field != null) {
                assertEquals(field, status == 422 ? answer.path("rejectedRows[0].field") : answer.path("errors[0].field"));
            }
            assertEquals(before, Database.lastChangeEvent());
        }

        @Test
        @DisplayName("a field of 2 000 characters that no kind knows is named cut to what the spec allows (200, 1 000)")
        void shouldCutLongUnknownNames() {
            String name = "x".repeat(2_000);
            long before = Database.lastChangeEvent();
            Response row = post(COORDINATOR, "08", "application/json",
                    ("[{\"name\": \"A\", \"type\": \"OTHER\", \"" + name + "\": 1}]").getBytes(StandardCharsets.UTF_8),
                    "kind=organisations");
            row.then().spec(problem(422)).body("rejectedRows[0].field", equalTo("x".repeat(199) + "…"));
            postCsv(COORDINATOR, "08", "name,type," + name + "\r\nA,OTHER,1\r\n", "kind=organisations")
                    .then().spec(problem(400)).body("errors[0].field", equalTo("x".repeat(999) + "…"));
            assertEquals(before, Database.lastChangeEvent());
        }

        @Test
        @DisplayName("POST /counties/08/imports of a CSV that is not UTF-8 returns 400")
        void shouldRefuseTextThatIsNotUtf8() {
            byte[] latin1 = "name,type\r\nMörbylånga,OTHER\r\n".getBytes(StandardCharsets.ISO_8859_1);
            post(COORDINATOR, "08", ImportData.CSV, latin1, "kind=organisations").then().spec(problem(400))
                    .body("type", equalTo(Fixtures.problemType("malformed-body")));
        }

        @Test
        @DisplayName("POST /counties/08/imports of a CSV in a charset no one knows returns 415 and writes nothing")
        void shouldRefuseAnUnknownCharset() {
            long before = Database.lastChangeEvent();
            post(COORDINATOR, "08", "text/csv; charset=x-swedish-7", "name,type\r\nA,OTHER\r\n".getBytes(StandardCharsets.US_ASCII),
                    "kind=organisations").then().spec(problem(415))
                    .body("type", equalTo(Fixtures.problemType("unsupported-media-type")))
                    .body("detail", containsString("x-swedish-7"));
            post(COORDINATOR, "08", "text/plain", "name,type\r\nA,OTHER\r\n".getBytes(StandardCharsets.US_ASCII),
                    "kind=organisations").then().spec(problem(415))
                    .body("detail", equalTo("Send the body as text/csv or application/json"));
            assertEquals(before, Database.lastChangeEvent());
        }

        @Test
        @DisplayName("POST /counties/08/imports of UTF-8 labelled ISO-8859-1 (a client's default) keeps å, never Ã¥")
        void shouldReadUtf8LabelledLatin1AsUtf8() {
            String marker = marker();
            byte[] utf8 = ("name,type,municipalityCode\r\nMörbylånga " + marker + ",OTHER,0840\r\n")
                    .getBytes(StandardCharsets.UTF_8);
            post(COORDINATOR, "08", "text/csv; charset=ISO-8859-1", utf8, "kind=organisations").then().statusCode(201);
            as(COORDINATOR).queryParam("q", marker).get("/api/v1/counties/08/organisations").then().statusCode(200)
                    .body("items.name", equalTo(List.of("Mörbylånga " + marker)));
        }

        @Test
        @DisplayName("POST /counties/08/imports with an Idempotency-Key of spaces and 300 characters returns 400")
        void shouldRefuseABadIdempotencyKey() {
            for (String key : List.of("a key with spaces", "k".repeat(300))) {
                as(COORDINATOR).header("Idempotency-Key", key).contentType(ImportData.CSV)
                        .body("name,type\r\nA,OTHER\r\n".getBytes(StandardCharsets.UTF_8))
                        .post(imports("08") + "?kind=organisations").then().spec(problem(400))
                        .body("errors[0].field", equalTo("Idempotency-Key"));
            }
        }

        @Test
        @DisplayName("POST /counties/08/imports of 100 001 rows returns 413 and writes nothing")
        void shouldRefuseMoreRowsThanTheLimit() {
            String marker = marker();
            String body = "name,type\r\n" + (marker + ",OTHER\r\n").repeat(100_001);
            postCsv(COORDINATOR, "08", body, "kind=organisations").then().spec(problem(413))
                    .body("type", equalTo(Fixtures.problemType("payload-too-large")));
            assertEquals(0, organisationsNamed("08", marker));
        }
    }

    @Nested
    @DisplayName("Reports (coordinator-08)")
    class Reports {

        @Test
        @DisplayName("GET /counties/08/imports/{id} returns a past import's report, and the list names it")
        void shouldReturnPastReports() {
            String marker = marker();
            Response rejected = postCsv(COORDINATOR, "08", csv(HEADER, withThreeBadRows(marker)), "kind=organisations");
            String id = rejected.path("importId");
            as(COORDINATOR).get(imports("08") + "/" + id).then().statusCode(200)
                    .body("status", equalTo("REJECTED")).body("rejected", is(3))
                    .body("rejectedRows.row", hasItem(500));
            as(Tokens.IMPORTER_08).get(imports("08")).then().statusCode(200)
                    .body("items.id", hasItem(id));
        }

        @Test
        @DisplayName("GET /counties/10/imports/{id of a Kalmar import} returns 404, as for an unknown id")
        void shouldHideAnotherCountysImport() {
            String id = postCsv(COORDINATOR, "08", csv(HEADER, organisationRows(marker(), 1)), "kind=organisations")
                    .then().statusCode(201).extract().path("id");
            as(Tokens.COORDINATOR_0810).get(imports("10") + "/" + id).then().spec(problem(404));
        }
    }
}
