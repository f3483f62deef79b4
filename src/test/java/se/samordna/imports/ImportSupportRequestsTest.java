package se.samordna.imports;

import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static se.samordna.imports.ImportData.HEADER;
import static se.samordna.imports.ImportData.csv;
import static se.samordna.imports.ImportData.imports;
import static se.samordna.imports.ImportData.organisationRows;
import static se.samordna.imports.ImportData.post;
import static se.samordna.imports.ImportData.postCsv;
import static se.samordna.imports.ImportData.rejectedRowNumbers;
import static se.samordna.testing.Fixtures.API;
import static se.samordna.testing.Fixtures.body;
import static se.samordna.testing.Fixtures.marker;
import static se.samordna.testing.Fixtures.mergePatch;
import static se.samordna.testing.Fixtures.problem;
import static se.samordna.testing.Fixtures.subjectOf;
import static se.samordna.testing.Tokens.as;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import se.samordna.testing.Database;
import se.samordna.testing.Fixtures;
import se.samordna.testing.Statements;
import se.samordna.testing.Tokens;

@QuarkusTest
@DisplayName("Imports of support requests (coordinator-08, importer-08)")
class ImportSupportRequestsTest {

    static final String COORDINATOR = Tokens.COORDINATOR_08;
    static final String REQUESTS = "organisationExternalId,topic,title,description,priority,dueOn,needCategories,externalId";
    static final String REQUESTS_API = API + "/counties/08/support-requests";

    /** Two organisations of Kalmar, externalIds {@code marker-1} and {@code marker-2}. */
    static void withOrganisations(String marker) {
        postCsv(COORDINATOR, "08", csv(HEADER, organisationRows(marker, 2)), "kind=organisations").then().statusCode(201);
    }

    /** Five requests of the two organisations, externalIds {@code marker-r1} to {@code -r5}. */
    static List<String> rows(String marker) {
        return new ArrayList<>(List.of(
                marker + "-1,LOCAL_PROBLEM_PICTURE,Lokal problembild " + marker + ",Stöd med underlag.,HIGH,2031-03-01,"
                        + "LOCAL_PROBLEM_PICTURE;METHOD_SUPPORT," + marker + "-r1",
                marker + "-1,SAFETY_SURVEY,Trygghetsmätning " + marker + ",Enkät i centrum.,NORMAL,,," + marker + "-r2",
                marker + "-2,EST,EST i skolan " + marker + ",Effektiv samordning.,LOW,2031-05-01,NETWORKING," + marker + "-r3",
                marker + "-2,TRAINING,Utbildning " + marker + ",Rådets ledamöter.,NORMAL,,COUNCIL_TRAINING," + marker + "-r4",
                marker + "-1,OTHER,Övrigt " + marker + ",Något annat.,NORMAL,,," + marker + "-r5"));
    }

    static long requestsMarked(String marker) {
        return ((Number) Database.query("select count(*) as n from support_request where county_code = '08' "
                + "and external_id like ?", marker + "-%").getFirst().get("n")).longValue();
    }

    static long requestEvents(String marker, String action) {
        return ((Number) Database.query("""
                select count(*) as n from change_event where county_code = '08' and resource_type = 'support-request'
                and action = ? and state ->> 'externalId' like ?""", action, marker + "-%").getFirst().get("n")).longValue();
    }

    static String idOf(String externalId) {
        return Database.query("select id::text as id from support_request where county_code = '08' and external_id = ?",
                externalId).getFirst().get("id").toString();
    }

    @Test
    @DisplayName("POST /counties/08/imports?kind=support-requests of 50 rows runs as many statements as of 5: none per row")
    void shouldNotRunAStatementPerRow() {
        Statements.assertNonePerRow("an import of support requests", 1, 10, copies -> {
            String marker = marker();
            withOrganisations(marker);
            List<String> rows = new ArrayList<>();
            for (int i = 0; i < copies; i++) {
                rows(marker).forEach(row -> rows.add(row.replace(marker + "-r", marker + "-" + rows.size() + "-r")));
            }
            return Statements.of(() -> postCsv(COORDINATOR, "08", csv(REQUESTS, rows), "kind=support-requests")
                    .then().statusCode(201).body("created", is(5 * copies)));
        });
    }

    @Test
    @DisplayName("POST /counties/08/imports?kind=support-requests with three bad rows writes nothing and names exactly those rows")
    void shouldWriteNothingWhenAnyRowIsBad() {
        String marker = marker();
        withOrganisations(marker);
        List<String> rows = rows(marker);
        rows.set(1, marker + "-1,WEATHER,Trygghetsmätning " + marker + ",Enkät i centrum.,NORMAL,,," + marker + "-r2");
        rows.set(3, marker + "-nobody,TRAINING,Utbildning " + marker + ",Rådets ledamöter.,NORMAL,,," + marker + "-r4");
        rows.set(4, marker + "-1,OTHER,,Något annat.,NORMAL,,," + marker + "-r5");
        long before = Database.lastChangeEvent();

        Response answer = postCsv(COORDINATOR, "08", csv(REQUESTS, rows), "kind=support-requests");

        answer.then().spec(problem(422, imports("08")))
                .body("type", equalTo(Fixtures.problemType("import-rejected")))
                .body("rows", is(5)).body("rejected", is(3));
        assertEquals(Set.of(2, 4, 5), rejectedRowNumbers(answer));
        assertEquals(List.of("topic", "organisationExternalId", "title"), answer.jsonPath().getList("rejectedRows.field"));
        assertEquals(0, requestsMarked(marker), "no request written");
        assertEquals(before, Database.lastChangeEvent(), "nothing in the change log");
    }

    @Test
    @DisplayName("POST /counties/08/imports?kind=support-requests of the fixed file writes all SUBMITTED, each with its history and event")
    void shouldWriteEveryRowOfAValidFile() {
        String marker = marker();
        withOrganisations(marker);

        postCsv(COORDINATOR, "08", csv(REQUESTS, rows(marker)), "kind=support-requests").then()
                .statusCode(201).body("status", equalTo("SUCCEEDED")).body("kind", equalTo("support-requests"))
                .body("created", is(5)).body("updated", is(0)).body("rejected", is(0));

        assertEquals(5, requestsMarked(marker));
        assertEquals(5, requestEvents(marker, "CREATED"));
        as(COORDINATOR).queryParam("q", marker).get(REQUESTS_API).then()
                .statusCode(200)
                .body("items.status", everyItem(equalTo("SUBMITTED")))
                .body("items.filedByName", everyItem(equalTo(COORDINATOR)))
                .body("items.externalId", containsInAnyOrder(marker + "-r1", marker + "-r2", marker + "-r3",
                        marker + "-r4", marker + "-r5"));
        String first = idOf(marker + "-r1");
        as(COORDINATOR).get(REQUESTS_API + "/" + first).then().statusCode(200)
                .body("organisationName", equalTo("Trygghetsrådet 1 " + marker))
                .body("needCategories", equalTo(List.of("LOCAL_PROBLEM_PICTURE", "METHOD_SUPPORT")))
                .body("dueOn", equalTo("2031-03-01")).body("priority", equalTo("HIGH"))
                .body("assigneeSubject", equalTo(null));
        as(COORDINATOR).get(REQUESTS_API + "/" + first + "/history").then().statusCode(200)
                .body("items.action", equalTo(List.of("CREATED"))).body("items[0].actor.name", equalTo(COORDINATOR));
    }

    @Test
    @DisplayName("POST /counties/08/imports?kind=support-requests again with the same externalIds updates, creates nothing and keeps the assignee")
    void shouldUpdateByExternalId() {
        String marker = marker();
        withOrganisations(marker);
        postCsv(COORDINATOR, "08", csv(REQUESTS, rows(marker)), "kind=support-requests").then().statusCode(201);
        String second = idOf(marker + "-r2");
        String assignee = subjectOf(COORDINATOR);
        mergePatch(as(COORDINATOR), body("assigneeSubject", assignee)).header("If-Match", "\"0\"")
                .patch(REQUESTS_API + "/" + second).then().statusCode(200);
        List<String> changed = rows(marker);
        changed.set(1, marker + "-2,SAFETY_SURVEY,Trygghetsmätning i hamnen " + marker + ",Enkät.,HIGH,2031-06-01,"
                + "GOOD_EXAMPLES," + marker + "-r2");

        postCsv(COORDINATOR, "08", csv(REQUESTS, changed), "kind=support-requests").then().statusCode(201)
                .body("created", is(0)).body("updated", is(1)).body("unchanged", is(4));

        assertEquals(5, requestsMarked(marker));
        assertEquals(5, requestEvents(marker, "CREATED"));
        assertEquals(2, requestEvents(marker, "UPDATED"), "the assignment and the import");
        as(COORDINATOR).get(REQUESTS_API + "/" + second).then().statusCode(200)
                .body("title", equalTo("Trygghetsmätning i hamnen " + marker))
                .body("organisationName", equalTo("Trygghetsrådet 2 " + marker))
                .body("needCategories", equalTo(List.of("GOOD_EXAMPLES")))
                .body("status", equalTo("SUBMITTED")).body("assigneeSubject", equalTo(assignee))
                .body("version", is(2));
    }

    @Test
    @DisplayName("POST /counties/08/imports?kind=support-requests refuses on status a row whose request a coordinator has TRIAGED")
    void shouldRefuseRequestsPastSubmitted() {
        String marker = marker();
        withOrganisations(marker);
        postCsv(COORDINATOR, "08", csv(REQUESTS, rows(marker)), "kind=support-requests").then().statusCode(201);
        String third = idOf(marker + "-r3");
        as(COORDINATOR).contentType(ContentType.JSON).body(body("action", "TRIAGE"))
                .post(REQUESTS_API + "/" + third + "/transitions").then().statusCode(200);
        long before = Database.lastChangeEvent();

        Response answer = postCsv(COORDINATOR, "08", csv(REQUESTS, rows(marker)), "kind=support-requests");

        answer.then().spec(problem(422)).body("rejected", is(1));
        assertEquals(List.of(3), answer.jsonPath().getList("rejectedRows.row", Integer.class));
        assertEquals(List.of("status"), answer.jsonPath().getList("rejectedRows.field"));
        assertEquals(List.of(true), answer.jsonPath().getList("rejectedRows.reason", String.class).stream()
                .map(reason -> reason.contains("changes by import only while SUBMITTED")).toList());
        assertEquals(before, Database.lastChangeEvent());
        as(COORDINATOR).get(REQUESTS_API + "/" + third).then().statusCode(200).body("status", equalTo("TRIAGED"));
    }

    @Test
    @DisplayName("POST /counties/08/imports?kind=support-requests refuses a row that sets assigneeSubject")
    void shouldRefuseAnAssignee() {
        String marker = marker();
        withOrganisations(marker);
        String assignee = subjectOf(COORDINATOR);

        Response answer = postCsv(COORDINATOR, "08", csv(REQUESTS + ",assigneeSubject", List.of(
                rows(marker).get(0) + ",",
                rows(marker).get(1) + "," + assignee)), "kind=support-requests");

        answer.then().spec(problem(422)).body("rejected", is(1));
        assertEquals(List.of(2), answer.jsonPath().getList("rejectedRows.row", Integer.class));
        assertEquals(List.of("assigneeSubject"), answer.jsonPath().getList("rejectedRows.field"));
        assertEquals(0, requestsMarked(marker));
    }

    @Test
    @DisplayName("POST /counties/08/imports?kind=support-requests refuses an organisationExternalId of another county")
    void shouldRefuseAnOrganisationOfAnotherCounty() {
        String marker = marker();
        withOrganisations(marker);
        postCsv(Tokens.COORDINATOR_01, "01", csv(HEADER, List.of("Stockholms stad " + marker + ",MUNICIPALITY,0180,,"
                + marker + "-01")), "kind=organisations").then().statusCode(201);
        List<String> rows = rows(marker);
        rows.set(2, marker + "-01,EST,EST i skolan " + marker + ",Effektiv samordning.,LOW,,," + marker + "-r3");
        long before = Database.lastChangeEvent();

        Response answer = postCsv(COORDINATOR, "08", csv(REQUESTS, rows), "kind=support-requests");

        answer.then().spec(problem(422)).body("rejected", is(1));
        assertEquals(List.of(3), answer.jsonPath().getList("rejectedRows.row", Integer.class));
        assertEquals(List.of("organisationExternalId"), answer.jsonPath().getList("rejectedRows.field"));
        assertEquals(0, requestsMarked(marker));
        assertEquals(before, Database.lastChangeEvent());
    }

    @Test
    @DisplayName("POST /counties/08/imports?kind=support-requests&dryRun=true reports what it would do and writes nothing")
    void shouldWriteNothingOnADryRun() {
        String marker = marker();
        withOrganisations(marker);
        long before = Database.lastChangeEvent();

        postCsv(COORDINATOR, "08", csv(REQUESTS, rows(marker)), "kind=support-requests&dryRun=true").then()
                .statusCode(200).body("status", equalTo("VALID")).body("dryRun", is(true)).body("created", is(5));

        assertEquals(0, requestsMarked(marker));
        assertEquals(before, Database.lastChangeEvent());
    }

    @Test
    @DisplayName("POST /counties/08/imports?kind=support-requests of a CSV with a byte-order mark keeps å, ä and ö")
    void shouldReadSwedishCsvWithBom() {
        String marker = marker();
        withOrganisations(marker);
        String text = "\uFEFF" + csv("externalId,organisationExternalId,topic,title,description,priority", List.of(
                marker + "-åsa-ö," + marker + "-1,OTHER,Ärende om Öland " + marker + ",Åtgärder på ön.,NORMAL"));

        postCsv(COORDINATOR, "08", text, "kind=support-requests").then().statusCode(201).body("created", is(1));

        as(COORDINATOR).get(REQUESTS_API + "/" + idOf(marker + "-åsa-ö")).then().statusCode(200)
                .body("externalId", equalTo(marker + "-åsa-ö"))
                .body("title", equalTo("Ärende om Öland " + marker))
                .body("description", equalTo("Åtgärder på ön."));
    }

    @Test
    @DisplayName("POST /counties/08/imports?kind=support-requests: importer-08 files for the county (JSON), member-08 is 403; "
            + "the importer's own POST /support-requests stays 403")
    void shouldLetTheImporterFileButNotAMember() {
        String marker = marker();
        withOrganisations(marker);
        String json = """
                [{"organisationExternalId": "%1$s-2", "topic": "ACTION_PLAN", "title": "Åtgärdsplan %1$s",
                  "description": "Plan för hösten.", "priority": "NORMAL",
                  "needCategories": ["METHOD_SUPPORT", "NEW_KNOWLEDGE"], "externalId": "%1$s-j1"}]""".formatted(marker);
        long before = Database.lastChangeEvent();

        post(Tokens.MEMBER_08, "08", "application/json", json.getBytes(StandardCharsets.UTF_8),
                "kind=support-requests").then().statusCode(403);
        assertEquals(0, requestsMarked(marker));
        assertEquals(before, Database.lastChangeEvent());
        as(Tokens.IMPORTER_08).contentType(ContentType.JSON).body(body("organisationId", Fixtures.linkedOrganisationOf(
                Tokens.MEMBER2_08), "topic", "OTHER", "title", "Direkt " + marker, "description", "Nej.",
                "priority", "NORMAL", "externalId", marker + "-direct")).post(REQUESTS_API).then().statusCode(403);

        post(Tokens.IMPORTER_08, "08", "application/json", json.getBytes(StandardCharsets.UTF_8),
                "kind=support-requests").then().statusCode(201).body("created", is(1))
                .body("startedBy", equalTo(subjectOf(Tokens.IMPORTER_08)));

        assertEquals(1, requestsMarked(marker));
        as(COORDINATOR).get(REQUESTS_API + "/" + idOf(marker + "-j1")).then().statusCode(200)
                .body("status", equalTo("SUBMITTED"))
                .body("organisationName", equalTo("Trygghetsrådet 2 " + marker))
                .body("needCategories", equalTo(List.of("METHOD_SUPPORT", "NEW_KNOWLEDGE")))
                .body("filedBy", equalTo(subjectOf(Tokens.IMPORTER_08)));
    }
}
