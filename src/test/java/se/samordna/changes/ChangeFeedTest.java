package se.samordna.changes;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static se.samordna.testing.Fixtures.API;
import static se.samordna.testing.Fixtures.body;
import static se.samordna.testing.Fixtures.createContact;
import static se.samordna.testing.Fixtures.createOrganisation;
import static se.samordna.testing.Fixtures.marker;
import static se.samordna.testing.Fixtures.mergePatch;
import static se.samordna.testing.Fixtures.problem;
import static se.samordna.testing.Tokens.as;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import se.samordna.organisation.OrganisationService;
import se.samordna.organisation.OrganisationType;
import se.samordna.organisation.OrganisationWrite;
import se.samordna.survey.SurveyResourceTest;
import se.samordna.testing.Database;
import se.samordna.testing.Tokens;

/** The county change feed: every write in order, from a cursor, without gaps under concurrent writers. */
@QuarkusTest
@DisplayName("Change feed")
class ChangeFeedTest {

    static final String FEED = API + "/counties/08/changes";

    @Inject
    OrganisationService organisations;

    /** The cursor just before the first event of the Kalmar object: the feed after it starts with that event. */
    static long cursorBefore(String collection, String id) {
        long sequence = as(Tokens.COORDINATOR_08).get(API + "/counties/08/" + collection + "/" + id + "/history")
                .then().statusCode(200).extract().jsonPath().getLong("items[0].sequence");
        return sequence - 1;
    }

    static Response feed(String user, long after, Object... query) {
        var request = as(user).queryParam("after", after);
        for (int i = 0; i < query.length; i += 2) {
            request = request.queryParam((String) query[i], query[i + 1]);
        }
        return request.get(FEED);
    }

    @Nested
    @DisplayName("As coordinator of Kalmar (coordinator-08)")
    class AsCoordinator {

        @Test
        @DisplayName("GET /counties/08/changes?after= returns exactly the later changes in order, deletions included")
        void shouldReturnLaterChangesInOrder() {
            String name = "Trygghetsrådet " + marker();
            String organisation = createOrganisation("08", name);
            long cursor = cursorBefore("organisations", organisation);
            mergePatch(as(Tokens.COORDINATOR_08), body("name", name + " – Öland")).header("If-Match", "\"0\"")
                    .patch(API + "/counties/08/organisations/" + organisation).then().statusCode(200);
            createOrganisation("10", "Ronneby " + marker());
            String contact = createContact("08", body("name", "Åsa Öberg " + marker()));
            as(Tokens.COORDINATOR_08).header("If-Match", "\"1\"").delete(API + "/counties/08/organisations/" + organisation)
                    .then().statusCode(204);

            Response answer = feed(Tokens.COORDINATOR_08, cursor);
            answer.then().statusCode(200)
                    .body("items.resourceId", contains(organisation, organisation, contact, organisation))
                    .body("items.action", contains("CREATED", "UPDATED", "CREATED", "DELETED"))
                    .body("items.resourceType", contains("organisation", "organisation", "contact", "organisation"))
                    .body("items.version", contains(0, 1, 0, 2))
                    .body("items[1].state.name", equalTo(name + " – Öland"))
                    .body("items[1].actor.name", equalTo("coordinator-08"))
                    .body("items[3].state", nullValue())
                    .body("hasMore", is(false));
            List<Long> sequences = answer.jsonPath().getList("items.sequence", Long.class);
            assertEquals(Long.toString(sequences.get(3)), answer.path("next"));

            feed(Tokens.COORDINATOR_08, sequences.get(3)).then().statusCode(200)
                    .body("items", empty()).body("next", equalTo(Long.toString(sequences.get(3))))
                    .body("hasMore", is(false));
            feed(Tokens.COORDINATOR_08, sequences.get(1)).then().statusCode(200)
                    .body("items.sequence", contains(sequences.get(2).intValue(), sequences.get(3).intValue()));
        }

        @Test
        @DisplayName("limit= slices the feed; next and hasMore lead through it without gaps or repeats")
        void shouldSliceWithLimit() {
            String first = createOrganisation("08", "Första " + marker());
            long cursor = cursorBefore("organisations", first);
            createOrganisation("08", "Andra " + marker());
            createOrganisation("08", "Tredje " + marker());

            Response slice = feed(Tokens.COORDINATOR_08, cursor, "limit", 2);
            slice.then().statusCode(200).body("items.size()", is(2)).body("hasMore", is(true));
            Response rest = feed(Tokens.COORDINATOR_08, Long.parseLong(slice.path("next")), "limit", 2);
            rest.then().statusCode(200).body("items.size()", is(1)).body("hasMore", is(false));
            assertEquals(cursor + 1, slice.jsonPath().getLong("items[0].sequence"));
            assertEquals(slice.jsonPath().getLong("items[1].sequence") + 1, rest.jsonPath().getLong("items[0].sequence"));
        }

        @Test
        @DisplayName("?resourceType=contact returns only contacts' events")
        void shouldFilterByResourceType() {
            String organisation = createOrganisation("08", "Nattvandrarna " + marker());
            long cursor = cursorBefore("organisations", organisation);
            String contact = createContact("08", body("name", "Lena Sjöberg " + marker(), "organisationId", organisation));

            feed(Tokens.COORDINATOR_08, cursor, "resourceType", "contact").then().statusCode(200)
                    .body("items.resourceId", contains(contact)).body("items.resourceType", contains("contact"));
        }

        @Test
        @DisplayName("an erased contact's personal data is in no event of the feed")
        void shouldNotShowErasedPersonalData() {
            String contact = createContact("08", body("name", "Karin Åberg " + marker(), "email", "karin@kalmar.se",
                    "phone", "0480-123 45"));
            long cursor = cursorBefore("contacts", contact);
            as(Tokens.COORDINATOR_08).header("If-Match", "\"0\"").delete(API + "/counties/08/contacts/" + contact)
                    .then().statusCode(204);

            feed(Tokens.COORDINATOR_08, cursor, "resourceType", "contact").then().statusCode(200)
                    .body("items.action", contains("CREATED", "DELETED"))
                    .body("items[0].state", not(hasKey("name")))
                    .body("items[0].state", not(hasKey("email")))
                    .body("items[0].state", not(hasKey("phone")))
                    .body("items[0].state.id", equalTo(contact));
        }

        @Test
        @DisplayName("a transaction that commits after a later one began is not skipped: the feed shows both, in order")
        void shouldNotSkipLateCommit() throws Exception {
            String anchor = createOrganisation("08", "Ankare " + marker());
            long cursor = cursorBefore("organisations", anchor) + 1;
            String slowName = "Långsam " + marker();
            String fastName = "Snabb " + marker();
            CountDownLatch appended = new CountDownLatch(1);
            CountDownLatch commit = new CountDownLatch(1);

            // threads of its own: the common pool may have a single thread on two cores, which the slow writer holds
            try (ExecutorService threads = Executors.newFixedThreadPool(2)) {
                CompletableFuture<String> slow = CompletableFuture.supplyAsync(() -> QuarkusTransaction.requiringNew()
                        .call(() -> {
                            String id = organisations.create("08", new OrganisationWrite(slowName,
                                    OrganisationType.OTHER, null, null, null)).id().toString();
                            appended.countDown();
                            commit.await(30, TimeUnit.SECONDS);
                            return id;
                        }), threads);
                appended.await(30, TimeUnit.SECONDS);
                CompletableFuture<String> fast = CompletableFuture.supplyAsync(() -> as(Tokens.COORDINATOR_08)
                        .contentType(ContentType.JSON).body(body("name", fastName, "type", "OTHER"))
                        .post(API + "/counties/08/organisations").then().statusCode(201).extract().path("id"), threads);
                boolean waited = Database.awaitLockWaiter();

                // the slow writer has appended but not committed; the fast one waits for it: the reader sees neither
                feed(Tokens.COORDINATOR_08, cursor).then().statusCode(200).body("items", empty());

                commit.countDown();
                assertTrue(waited, "the fast writer waited for the slow one's lock");
                String slowId = slow.get(30, TimeUnit.SECONDS);
                String fastId = fast.get(30, TimeUnit.SECONDS);
                feed(Tokens.COORDINATOR_08, cursor).then().statusCode(200)
                        .body("items.resourceId", contains(slowId, fastId))
                        .body("items.state.name", contains(slowName, fastName));
            }
        }

        @Test
        @DisplayName("after=-1, after=abc and limit=1001 return 400 naming the parameter")
        void shouldRefuseBadCursor() {
            as(Tokens.COORDINATOR_08).queryParam("after", -1).get(FEED).then().spec(problem(400))
                    .body("errors.field", contains("after"));
            as(Tokens.COORDINATOR_08).queryParam("after", "abc").get(FEED).then().spec(problem(400))
                    .body("errors.field", contains("after"));
            as(Tokens.COORDINATOR_08).queryParam("limit", 1001).get(FEED).then().spec(problem(400))
                    .body("errors.field", contains("limit"));
            // the path's plural is no resource type: answered with nothing, a mirror would never notice
            for (String type : List.of("organisations", "x".repeat(41))) {
                as(Tokens.COORDINATOR_08).queryParam("resourceType", type).get(FEED).then().spec(problem(400))
                        .body("errors.field", contains("resourceType"));
            }
        }
    }

    @Test
    @DisplayName("resourceType takes every type the log records, and the spec lists exactly those")
    void shouldListEveryResourceType() throws Exception {
        // every type recorded so far in this run's database is one the feed can be filtered by
        for (var row : Database.query("select distinct resource_type from change_event")) {
            org.junit.jupiter.api.Assertions.assertTrue(
                    ChangeFeedResource.RESOURCE_TYPES.contains((String) row.get("resource_type")),
                    row.get("resource_type") + " is recorded but is no value of resourceType");
        }
        var spec = new com.fasterxml.jackson.databind.ObjectMapper(
                new com.fasterxml.jackson.dataformat.yaml.YAMLFactory()).readTree(new java.io.File("openapi/openapi.yaml"));
        List<String> listed = new java.util.ArrayList<>();
        for (var parameter : spec.path("paths").path("/api/v1/counties/{cc}/changes").path("get").path("parameters")) {
            if ("resourceType".equals(parameter.path("name").asText())) {
                parameter.path("schema").path("enum").forEach(value -> listed.add(value.asText()));
            }
        }
        org.junit.jupiter.api.Assertions.assertEquals(ChangeFeedResource.RESOURCE_TYPES, listed);
        for (String type : ChangeFeedResource.RESOURCE_TYPES) {
            feed(Tokens.IMPORTER_08, 0, "resourceType", type, "limit", 1).then().statusCode(200);
        }
    }

    @Test
    @DisplayName("the feed of one resourceType reads that type's events from an index, not every event of the county since the cursor")
    void shouldReadOneTypeFromItsIndex() throws Exception {
        // the statement ChangeLog.after sends for ?resourceType=survey (an integration polling for a rare type)
        List<String> plan = new java.util.ArrayList<>();
        try (java.sql.Connection connection = Database.newConnection();
                java.sql.Statement statement = connection.createStatement()) {
            try (java.sql.ResultSet rows = statement.executeQuery("""
                    explain select e.* from change_event e
                    where e.county_code = '08' and e.seq > 0 and e.resource_type = 'survey' order by e.seq limit 101""")) {
                while (rows.next()) {
                    plan.add(rows.getString(1));
                }
            }
        }
        org.junit.jupiter.api.Assertions.assertTrue(
                plan.stream().anyMatch(line -> line.contains("change_event_type_feed_idx"))
                        && plan.stream().noneMatch(line -> line.contains("Sort")),
                "the feed of one type is not read from its index:\n" + String.join("\n", plan));
    }

    @Nested
    @DisplayName("Who may read it")
    class Personas {

        @Test
        @DisplayName("importer-08 reads Kalmar's feed and gets 403 on Blekinge's")
        void shouldServeImporter() {
            String organisation = createOrganisation("08", "Importerad " + marker());
            feed(Tokens.IMPORTER_08, cursorBefore("organisations", organisation)).then().statusCode(200)
                    .body("items[0].resourceId", equalTo(organisation));
            as(Tokens.IMPORTER_08).get(API + "/counties/10/changes").then().spec(problem(403));
        }

        /** A Kalmar request with an internal and then a public comment, and the feed's cursor just before it all. */
        record Commented(long cursor, String request, String internal, String open) {
        }

        Commented requestWithComments(String place) {
            String organisation = createOrganisation("08", "Trygga " + place + " " + marker());
            long cursor = cursorBefore("organisations", organisation);
            String request = as(Tokens.COORDINATOR_08).contentType(ContentType.JSON)
                    .body(body("organisationId", organisation, "topic", "SAFETY_SURVEY", "title", "Trygghetsmätning",
                            "description", "Stöd med enkäten", "priority", "NORMAL"))
                    .post(API + "/counties/08/support-requests").then().statusCode(201).extract().path("id");
            String comments = API + "/counties/08/support-requests/" + request + "/comments";
            String internal = as(Tokens.COORDINATOR_08).contentType(ContentType.JSON)
                    .body(body("text", "Intern anteckning: ring kommunen", "internal", true)).post(comments)
                    .then().statusCode(201).extract().path("id");
            String open = as(Tokens.COORDINATOR_08).contentType(ContentType.JSON)
                    .body(body("text", "Vi hör av oss i veckan", "internal", false)).post(comments)
                    .then().statusCode(201).extract().path("id");
            return new Commented(cursor, request, internal, open);
        }

        @Test
        @DisplayName("an internal comment is in the coordinators' feed, not in importer-08's; a public one is in both")
        void shouldKeepInternalCommentsFromImporter() {
            Commented c = requestWithComments("Vimmerby");

            feed(Tokens.COORDINATOR_08, c.cursor(), "resourceType", "support-request-comment").then().statusCode(200)
                    .body("items.resourceId", contains(c.internal(), c.open()));
            feed(Tokens.IMPORTER_08, c.cursor(), "resourceType", "support-request-comment").then().statusCode(200)
                    .body("items.resourceId", contains(c.open()));
            feed(Tokens.IMPORTER_08, c.cursor()).then().statusCode(200)
                    .body("items.resourceId", not(org.hamcrest.Matchers.hasItem(c.internal())));
        }

        @Test
        @DisplayName("a DRAFT survey is in the coordinators' feed only: importer-08's starts with it OPEN, and never sees a draft deleted")
        void shouldKeepDraftSurveysFromImporter() {
            String surveys = API + "/counties/08/surveys";
            String published = as(Tokens.COORDINATOR_08).contentType(ContentType.JSON)
                    .body(SurveyResourceTest.survey("Utkast " + marker(), "DRAFT", List.of())).post(surveys)
                    .then().statusCode(201).extract().path("id");
            long cursor = cursorBefore("surveys", published);
            mergePatch(as(Tokens.COORDINATOR_08), body("description", "Andra utkastet")).header("If-Match", "\"0\"")
                    .patch(surveys + "/" + published).then().statusCode(200);
            mergePatch(as(Tokens.COORDINATOR_08), body("status", "OPEN")).header("If-Match", "\"1\"")
                    .patch(surveys + "/" + published).then().statusCode(200);
            String discarded = as(Tokens.COORDINATOR_08).contentType(ContentType.JSON)
                    .body(SurveyResourceTest.survey("Förkastat utkast " + marker(), "DRAFT", List.of())).post(surveys)
                    .then().statusCode(201).extract().path("id");
            as(Tokens.COORDINATOR_08).header("If-Match", "\"0\"").delete(surveys + "/" + discarded)
                    .then().statusCode(204);

            feed(Tokens.COORDINATOR_08, cursor, "resourceType", "survey").then().statusCode(200)
                    .body("items.resourceId", contains(published, published, published, discarded, discarded))
                    .body("items.action", contains("CREATED", "UPDATED", "UPDATED", "CREATED", "DELETED"));
            feed(Tokens.IMPORTER_08, cursor, "resourceType", "survey").then().statusCode(200)
                    .body("items.resourceId", contains(published))
                    .body("items.action", contains("UPDATED"))
                    .body("items[0].state.status", equalTo("OPEN"));
            feed(Tokens.IMPORTER_08, cursor).then().statusCode(200)
                    .body("items.resourceId", not(org.hamcrest.Matchers.hasItem(discarded)));
        }

        @Test
        @DisplayName("a move of a request is in the feed with its comment, for importer-08 too, and its deletion with the request's")
        void shouldRecordTransitionsWithTheirComments() {
            Commented c = requestWithComments("Torsås");
            String request = API + "/counties/08/support-requests/" + c.request();
            as(Tokens.COORDINATOR_08).contentType(ContentType.JSON)
                    .body(body("action", "TRIAGE", "comment", "Vi tar det på nätverksträffen i december."))
                    .post(request + "/transitions").then().statusCode(200);
            String transition = as(Tokens.COORDINATOR_08).get(request + "/transitions").then().statusCode(200)
                    .extract().path("items[0].id");

            feed(Tokens.IMPORTER_08, c.cursor(), "resourceType", "support-request-transition").then().statusCode(200)
                    .body("items.resourceId", contains(transition))
                    .body("items.action", contains("CREATED"))
                    .body("items[0].state.requestId", equalTo(c.request()))
                    .body("items[0].state.action", equalTo("TRIAGE"))
                    .body("items[0].state.toStatus", equalTo("TRIAGED"))
                    .body("items[0].state.comment", equalTo("Vi tar det på nätverksträffen i december."));
            feed(Tokens.IMPORTER_08, c.cursor()).then().statusCode(200)
                    .body("items.findAll { it.resourceId == '" + c.request() + "' }.action", contains("CREATED", "UPDATED"))
                    .body("items.findAll { it.resourceId == '" + c.request() + "' }[1].state.status", equalTo("TRIAGED"));

            as(Tokens.COORDINATOR_08).header("If-Match", "\"1\"").delete(request).then().statusCode(204);
            feed(Tokens.IMPORTER_08, c.cursor(), "resourceType", "support-request-transition").then().statusCode(200)
                    .body("items.resourceId", contains(transition, transition))
                    .body("items.action", contains("CREATED", "DELETED"));
        }

        @Test
        @DisplayName("deleting a request deletes its comments in the feed too: both for coordinators, the public one for importer-08")
        void shouldRecordTheDeletionOfARequestsComments() {
            Commented c = requestWithComments("Hultsfred");
            String request = c.request();
            String internal = c.internal();
            String open = c.open();
            long cursor = c.cursor();
            String comments = API + "/counties/08/support-requests/" + request + "/comments";

            as(Tokens.COORDINATOR_08).header("If-Match", "\"0\"").delete(API + "/counties/08/support-requests/" + request)
                    .then().statusCode(204);

            as(Tokens.COORDINATOR_08).get(comments + "/" + open).then().spec(problem(404));
            feed(Tokens.COORDINATOR_08, cursor, "resourceType", "support-request-comment").then().statusCode(200)
                    .body("items.resourceId", contains(internal, open, internal, open))
                    .body("items.action", contains("CREATED", "CREATED", "DELETED", "DELETED"));
            feed(Tokens.IMPORTER_08, cursor, "resourceType", "support-request-comment").then().statusCode(200)
                    .body("items.resourceId", contains(open, open))
                    .body("items.action", contains("CREATED", "DELETED"));
            feed(Tokens.IMPORTER_08, cursor).then().statusCode(200)
                    .body("items.resourceId", not(org.hamcrest.Matchers.hasItem(internal)))
                    .body("items.findAll { it.resourceId == '" + request + "' }.action", contains("CREATED", "DELETED"));
        }

        @Test
        @DisplayName("member-08, member2-08, coordinator-10, analyst and admin get 403 on Kalmar's feed")
        void shouldRefuseOthers() {
            for (String user : List.of(Tokens.MEMBER_08, Tokens.MEMBER2_08, Tokens.COORDINATOR_10, Tokens.ANALYST,
                    Tokens.ADMIN)) {
                as(user).get(FEED).then().spec(problem(403));
            }
        }

        @Test
        @DisplayName("no token: 401; county 99: 404; county 8: 400")
        void shouldRefuseWithoutToken() {
            given().get(FEED).then().spec(problem(401));
            as(Tokens.COORDINATOR_08).get(API + "/counties/99/changes").then().spec(problem(404));
            as(Tokens.COORDINATOR_08).get(API + "/counties/8/changes").then().spec(problem(400));
        }
    }
}
