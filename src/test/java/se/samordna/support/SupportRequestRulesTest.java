package se.samordna.support;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static se.samordna.support.SupportData.KALMAR;
import static se.samordna.support.SupportData.fileInKalmar;
import static se.samordna.support.SupportData.read;
import static se.samordna.support.SupportData.requestFor;
import static se.samordna.testing.Fixtures.body;
import static se.samordna.testing.Fixtures.createOrganisation;
import static se.samordna.testing.Fixtures.marker;
import static se.samordna.testing.Fixtures.mergePatch;
import static se.samordna.testing.Fixtures.problem;
import static se.samordna.testing.Fixtures.subjectOf;
import static se.samordna.testing.Tokens.as;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.hibernate.SessionFactory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import se.samordna.testing.Tokens;

/**
 * Support requests' own rules beyond the county resource contract: members file for their own organisation and
 * see only their own requests, only coordinators assign, and the list's filters and sorts.
 */
@QuarkusTest
@DisplayName("Support request rules")
class SupportRequestRulesTest {

    @Inject
    SessionFactory sessionFactory;

    static String url(String id) {
        return KALMAR + "/" + id;
    }

    @Nested
    @DisplayName("As member in Kalmar (member-08)")
    class AsMemberOfKalmar {

        @Test
        @DisplayName("POST without organisationId files for its own organisation, as SUBMITTED and filed by it")
        void shouldFileForOwnOrganisation() {
            Map<String, Object> request = requestFor(SupportData.memberOrganisation(Tokens.MEMBER_08));
            request.remove("organisationId");
            as(Tokens.MEMBER_08).contentType(ContentType.JSON).body(request).post(KALMAR).then().statusCode(201)
                    .body("organisationId", equalTo(SupportData.memberOrganisation(Tokens.MEMBER_08)))
                    .body("status", equalTo("SUBMITTED"))
                    .body("filedBy", equalTo(subjectOf(Tokens.MEMBER_08)))
                    .body("filedByName", equalTo(Tokens.MEMBER_08));
        }

        @Test
        @DisplayName("POST for an organisation not its own answers 403 naming organisationId and writes nothing")
        void shouldNotFileForOtherOrganisation() {
            String title = "Fel organisation " + marker();
            Map<String, Object> request = requestFor(SupportData.memberOrganisation(Tokens.MEMBER2_08));
            request.put("title", title);
            as(Tokens.MEMBER_08).contentType(ContentType.JSON).body(request).post(KALMAR)
                    .then().spec(problem(403)).body("errors.field", contains("organisationId"));
            as(Tokens.COORDINATOR_08).queryParam("q", title).get(KALMAR).then().statusCode(200)
                    .body("totalItems", is(0));
        }

        @Test
        @DisplayName("POST with an assigneeSubject answers 403 naming assigneeSubject and writes nothing")
        void shouldNotAssignOnFiling() {
            String title = "Vill välja handläggare " + marker();
            Map<String, Object> request = requestFor(SupportData.memberOrganisation(Tokens.MEMBER_08));
            request.put("title", title);
            request.put("assigneeSubject", subjectOf(Tokens.COORDINATOR_08));
            as(Tokens.MEMBER_08).contentType(ContentType.JSON).body(request).post(KALMAR)
                    .then().spec(problem(403)).body("errors.field", contains("assigneeSubject"));
            as(Tokens.COORDINATOR_08).queryParam("q", title).get(KALMAR).then().statusCode(200)
                    .body("totalItems", is(0));
        }

        @Test
        @DisplayName("POST with an externalId answers 403 naming externalId, the same whether another request carries it or not, and writes nothing")
        void shouldNotSetExternalId() {
            String taken = "arende-" + marker();
            Map<String, Object> coordinators = requestFor(SupportData.memberOrganisation(Tokens.MEMBER2_08));
            coordinators.put("externalId", taken);
            as(Tokens.COORDINATOR_08).contentType(ContentType.JSON).body(coordinators).post(KALMAR).then().statusCode(201);
            String title = "Egen nyckel " + marker();
            for (String key : List.of(taken, "arende-" + marker())) {
                Map<String, Object> request = requestFor(SupportData.memberOrganisation(Tokens.MEMBER_08));
                request.put("title", title);
                request.put("externalId", key);
                as(Tokens.MEMBER_08).contentType(ContentType.JSON).body(request).post(KALMAR)
                        .then().spec(problem(403)).body("errors.field", contains("externalId"))
                        .body("detail", equalTo("Your role may not set externalId"));
            }
            as(Tokens.COORDINATOR_08).queryParam("q", title).get(KALMAR).then().statusCode(200)
                    .body("totalItems", is(0));
        }

        @Test
        @DisplayName("PATCH of its SUBMITTED request changes title, description, priority and due date")
        void shouldChangeOwnSubmittedRequest() {
            String id = fileInKalmar(Tokens.MEMBER_08);
            String title = "Ändrad rubrik " + marker();
            mergePatch(as(Tokens.MEMBER_08), body("title", title, "priority", "HIGH", "dueOn", "2031-03-01",
                    "description", "Mer text."))
                    .header("If-Match", "\"0\"").patch(url(id)).then().statusCode(200).header("ETag", "\"1\"")
                    .body("title", equalTo(title)).body("priority", equalTo("HIGH"))
                    .body("dueOn", equalTo("2031-03-01")).body("description", equalTo("Mer text."));
        }

        @Test
        @DisplayName("PUT without assigneeSubject keeps the coordinator's assignee; PATCH naming another answers 403")
        void shouldKeepAssignee() {
            String id = fileInKalmar(Tokens.MEMBER_08);
            String coordinator = subjectOf(Tokens.COORDINATOR_08);
            mergePatch(as(Tokens.COORDINATOR_08), body("assigneeSubject", coordinator)).header("If-Match", "\"0\"")
                    .patch(url(id)).then().statusCode(200);
            Map<String, Object> replacement = requestFor(SupportData.memberOrganisation(Tokens.MEMBER_08));
            as(Tokens.MEMBER_08).contentType(ContentType.JSON).header("If-Match", "\"1\"").body(replacement)
                    .put(url(id)).then().statusCode(200).body("assigneeSubject", equalTo(coordinator));

            mergePatch(as(Tokens.MEMBER_08), body("assigneeSubject", subjectOf(Tokens.COORDINATOR_0810)))
                    .header("If-Match", "\"2\"").patch(url(id))
                    .then().spec(problem(403)).body("errors.field", contains("assigneeSubject"));
            mergePatch(as(Tokens.MEMBER_08), body("assigneeSubject", null)).header("If-Match", "\"2\"").patch(url(id))
                    .then().spec(problem(403)).body("errors.field", contains("assigneeSubject"));
            read(id).then().header("ETag", "\"2\"").body("assigneeSubject", equalTo(coordinator));
        }

        @Test
        @DisplayName("PATCH moving its request to another organisation answers 403 naming organisationId")
        void shouldNotMoveToOtherOrganisation() {
            String id = fileInKalmar(Tokens.MEMBER_08);
            mergePatch(as(Tokens.MEMBER_08), body("organisationId", SupportData.organisationOf("08")))
                    .header("If-Match", "\"0\"").patch(url(id))
                    .then().spec(problem(403)).body("errors.field", contains("organisationId"));
            read(id).then().header("ETag", "\"0\"");
        }

        @Test
        @DisplayName("PATCH and PUT of its request once TRIAGED answer 409 and change nothing")
        void shouldNotChangeTriagedRequest() {
            String id = fileInKalmar(Tokens.MEMBER_08, RequestStatus.TRIAGED);
            mergePatch(as(Tokens.MEMBER_08), body("title", "Sent ändrad")).header("If-Match", "\"1\"")
                    .patch(url(id)).then().spec(problem(409));
            as(Tokens.MEMBER_08).contentType(ContentType.JSON).header("If-Match", "\"1\"")
                    .body(requestFor(SupportData.memberOrganisation(Tokens.MEMBER_08))).put(url(id))
                    .then().spec(problem(409));
            read(id).then().header("ETag", "\"1\"");
        }

        @Test
        @DisplayName("the list holds its own requests only; GET and history of its own answer 200")
        void shouldSeeOwnRequestsOnly() {
            String own = fileInKalmar(Tokens.MEMBER_08);
            String others = fileInKalmar(Tokens.MEMBER2_08);
            String coordinators = fileInKalmar(Tokens.COORDINATOR_08);
            List<String> ids = as(Tokens.MEMBER_08).queryParam("size", 200).queryParam("sort", "createdAt,desc")
                    .get(KALMAR).then().statusCode(200)
                    .body("items.filedBy", everyItem(equalTo(subjectOf(Tokens.MEMBER_08))))
                    .extract().path("items.id");
            assertTrue(ids.contains(own));
            assertTrue(!ids.contains(others) && !ids.contains(coordinators), "member-08 lists others' requests");
            as(Tokens.MEMBER_08).get(url(own)).then().statusCode(200).body("id", equalTo(own));
            as(Tokens.MEMBER_08).get(url(own) + "/history").then().statusCode(200)
                    .body("items.action", contains("CREATED"));
        }

        @Test
        @DisplayName("DELETE of its own request answers 403 and deletes nothing")
        void shouldNotDelete() {
            String id = fileInKalmar(Tokens.MEMBER_08);
            as(Tokens.MEMBER_08).header("If-Match", "\"0\"").delete(url(id)).then().spec(problem(403));
            read(id);
        }
    }

    @Nested
    @DisplayName("As another member in Kalmar (member2-08)")
    class AsAnotherMemberOfKalmar {

        String id;

        @BeforeEach
        void memberFiles() {
            id = fileInKalmar(Tokens.MEMBER_08);
        }

        @Test
        @DisplayName("GET, history, PUT and PATCH of member-08's request answer 404 and change nothing")
        void shouldNotFindOtherMembersRequest() {
            as(Tokens.MEMBER2_08).get(url(id)).then().spec(problem(404));
            as(Tokens.MEMBER2_08).get(url(id) + "/history").then().spec(problem(404));
            as(Tokens.MEMBER2_08).contentType(ContentType.JSON).header("If-Match", "\"0\"")
                    .body(requestFor(SupportData.memberOrganisation(Tokens.MEMBER2_08))).put(url(id))
                    .then().spec(problem(404));
            mergePatch(as(Tokens.MEMBER2_08), body("title", "Kapad")).header("If-Match", "\"0\"").patch(url(id))
                    .then().spec(problem(404));
            read(id).then().header("ETag", "\"0\"");
        }

        @Test
        @DisplayName("the list never holds member-08's request, whatever the filter")
        void shouldNotListOtherMembersRequest() {
            String title = read(id).path("title");
            as(Tokens.MEMBER2_08).queryParam("q", title).get(KALMAR).then().statusCode(200).body("totalItems", is(0));
            as(Tokens.MEMBER2_08).queryParam("organisationId", SupportData.memberOrganisation(Tokens.MEMBER_08))
                    .get(KALMAR).then().statusCode(200).body("totalItems", is(0));
        }
    }

    @Nested
    @DisplayName("As coordinator of Kalmar (coordinator-08)")
    class AsCoordinatorOfKalmar {

        @Test
        @DisplayName("sees and changes a member's request; assigns it to a coordinator")
        void shouldWorkMembersRequest() {
            String id = fileInKalmar(Tokens.MEMBER_08);
            as(Tokens.COORDINATOR_08).get(url(id)).then().statusCode(200)
                    .body("filedByName", equalTo(Tokens.MEMBER_08));
            String assignee = subjectOf(Tokens.COORDINATOR_0810);
            mergePatch(as(Tokens.COORDINATOR_08), body("assigneeSubject", assignee)).header("If-Match", "\"0\"")
                    .patch(url(id)).then().statusCode(200).body("assigneeSubject", equalTo(assignee));
            as(Tokens.COORDINATOR_0810).queryParam("assignee", "me").queryParam("size", 200).get(KALMAR)
                    .then().statusCode(200).body("items.id", hasItem(id))
                    .body("items.assigneeSubject", everyItem(equalTo(assignee)));
            as(Tokens.COORDINATOR_08).queryParam("assigneeSubject", assignee).queryParam("size", 200).get(KALMAR)
                    .then().statusCode(200).body("items.id", hasItem(id));
            as(Tokens.COORDINATOR_08).queryParam("assignee", "me").queryParam("size", 200).get(KALMAR)
                    .then().statusCode(200).body("items.id", not(hasItem(id)));
        }

        @Test
        @DisplayName("filters: status, topic, priority, organisationId, municipalityCode, overdue, needCategory, assignee=none, q")
        void shouldFilter() {
            String marker = marker();
            String organisation = createOrganisation("08", body("name", "Oskarshamns kommun " + marker,
                    "type", "MUNICIPALITY", "municipalityCode", "0882"));
            String overdue = create(body("organisationId", organisation, "topic", "EST", "title", "Sen " + marker,
                    "description", "Förfallen", "priority", "HIGH", "dueOn", "2020-01-01",
                    "needCategories", List.of("NETWORKING")));
            String triaged = create(body("organisationId", SupportData.organisationOf("08"), "topic", "EVALUATION",
                    "title", "Utvärdering " + marker, "description", "Beskrivning med nyckelordet " + marker + "x",
                    "priority", "LOW", "dueOn", "2020-01-01"));
            SupportData.moveTo(triaged, RequestStatus.RESOLVED);

            list("status", "RESOLVED", marker, triaged);
            list("topic", "EST", marker, overdue);
            list("priority", "HIGH", marker, overdue);
            list("organisationId", organisation, marker, overdue);
            list("municipalityCode", "0882", marker, overdue);
            list("overdue", "true", marker, overdue);
            list("overdue", "false", marker, triaged);
            list("needCategory", "NETWORKING", marker, overdue);
            list("assignee", "none", marker, overdue, triaged);
            // q finds text in the description too
            as(Tokens.COORDINATOR_08).queryParam("q", marker + "X").get(KALMAR).then().statusCode(200)
                    .body("items.id", contains(triaged));
            as(Tokens.COORDINATOR_08).get(url(overdue)).then().body("overdue", is(true));
            as(Tokens.COORDINATOR_08).get(url(triaged)).then().body("overdue", is(false));
        }

        @Test
        @DisplayName("sorts by priority (LOW < NORMAL < HIGH), dueOn and createdAt")
        void shouldSort() {
            String marker = marker();
            String high = create(sortable(marker, "HIGH", "2030-01-03"));
            String low = create(sortable(marker, "LOW", "2030-01-01"));
            String normal = create(sortable(marker, "NORMAL", "2030-01-02"));
            sorted("priority,asc", marker, low, normal, high);
            sorted("priority,desc", marker, high, normal, low);
            sorted("dueOn,asc", marker, low, normal, high);
            sorted("createdAt,asc", marker, high, low, normal);
            sorted("createdAt,desc", marker, normal, low, high);
        }

        @Test
        @DisplayName("a list of 12 requests of 12 organisations runs 1 statement: the page with the names (not full: no count)")
        void shouldListWithoutQueryPerRow() {
            String marker = marker();
            for (int i = 0; i < 12; i++) {
                create(body("organisationId", createOrganisation("08", "Förening " + marker + " " + i),
                        "topic", "OTHER", "title", "Rad " + marker + " " + i, "description", "x", "priority", "LOW"));
            }
            Tokens.of(Tokens.COORDINATOR_08);
            long before = sessionFactory.getStatistics().getPrepareStatementCount();
            as(Tokens.COORDINATOR_08).queryParam("q", marker).queryParam("size", 50).get(KALMAR).then().statusCode(200)
                    .body("totalItems", is(12))
                    .body("items.findAll { it.organisationName != null }.size()", is(12));
            assertEquals(1, sessionFactory.getStatistics().getPrepareStatementCount() - before);
        }

        @Test
        @DisplayName("a request moved to another organisation answers, reads and records the new organisation's name")
        void shouldNameTheOrganisationMovedTo() {
            String marker = marker();
            String first = createOrganisation("08", "Förening Åby " + marker);
            String second = createOrganisation("08", "Förening Ödeshög " + marker);
            String id = create(body("organisationId", first, "topic", "OTHER", "title", "Flytt " + marker,
                    "description", "x", "priority", "LOW"));
            // the name is read with the request (one statement) and must not outlive a change of organisation
            mergePatch(as(Tokens.COORDINATOR_08), body("organisationId", second)).header("If-Match", "\"0\"")
                    .patch(url(id)).then().statusCode(200)
                    .body("organisationId", equalTo(second))
                    .body("organisationName", equalTo("Förening Ödeshög " + marker));
            as(Tokens.COORDINATOR_08).get(url(id)).then().statusCode(200)
                    .body("organisationName", equalTo("Förening Ödeshög " + marker));
            as(Tokens.COORDINATOR_08).get(url(id) + "/history").then().statusCode(200)
                    .body("items[0].state.organisationName", equalTo("Förening Åby " + marker))
                    .body("items[1].state.organisationName", equalTo("Förening Ödeshög " + marker));
        }

        Map<String, Object> sortable(String marker, String priority, String dueOn) {
            return body("organisationId", SupportData.organisationOf("08"), "topic", "OTHER",
                    "title", priority + " " + marker, "description", "x", "priority", priority, "dueOn", dueOn);
        }

        String create(Map<String, Object> request) {
            return as(Tokens.COORDINATOR_08).contentType(ContentType.JSON).body(request).post(KALMAR)
                    .then().statusCode(201).extract().path("id");
        }

        void list(String parameter, String value, String marker, String... ids) {
            as(Tokens.COORDINATOR_08).queryParam("q", marker).queryParam(parameter, value).get(KALMAR)
                    .then().statusCode(200).body("items.id", containsInAnyOrder((Object[]) ids));
        }

        void sorted(String sort, String marker, String... ids) {
            as(Tokens.COORDINATOR_08).queryParam("q", marker).queryParam("sort", sort).get(KALMAR)
                    .then().statusCode(200).body("items.id", contains((Object[]) ids));
        }
    }
}
