package se.samordna.imports;

import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static se.samordna.imports.ImportData.HEADER;
import static se.samordna.imports.ImportData.csv;
import static se.samordna.imports.ImportData.imports;
import static se.samordna.imports.ImportData.organisationRows;
import static se.samordna.imports.ImportData.postCsv;
import static se.samordna.imports.ImportData.rejectedRowNumbers;
import static se.samordna.testing.Fixtures.body;
import static se.samordna.testing.Fixtures.marker;
import static se.samordna.testing.Fixtures.problem;
import static se.samordna.testing.Tokens.as;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import se.samordna.network.MembershipRole;
import se.samordna.network.MembershipService;
import se.samordna.network.MembershipWrite;
import se.samordna.testing.Database;
import se.samordna.testing.Fixtures;
import se.samordna.testing.Statements;
import se.samordna.testing.Tokens;

@QuarkusTest
@DisplayName("Imports of memberships (coordinator-08)")
class ImportMembershipsTest {

    static final String COORDINATOR = Tokens.COORDINATOR_08;
    static final String MEMBERSHIPS = "networkId,contactExternalId,organisationExternalId,role,joinedOn,leftOn,externalId";

    @Inject
    MembershipService memberships;

    /** A network of the county, named with the marker. */
    static String network(String user, String countyCode, String name, String status) {
        return as(user).contentType(io.restassured.http.ContentType.JSON).body(body("name", name, "status", status))
                .post("/api/v1/counties/" + countyCode + "/networks").then().statusCode(201).extract().path("id");
    }

    /**
     * An active network of Kalmar with this name, and members for it: three organisations ({@code marker-1} to
     * {@code -3}) and two contacts of the first two ({@code marker-p1}, {@code -p2}).
     */
    static String withMembers(String marker, String networkName) {
        postCsv(COORDINATOR, "08", csv(HEADER, organisationRows(marker, 3)), "kind=organisations").then().statusCode(201);
        postCsv(COORDINATOR, "08", csv("name,organisationExternalId,externalId", List.of(
                "Åsa Öberg " + marker + "," + marker + "-1," + marker + "-p1",
                "Örjan Ärlig " + marker + "," + marker + "-2," + marker + "-p2")), "kind=contacts").then().statusCode(201);
        return network(COORDINATOR, "08", networkName, "ACTIVE");
    }

    /** Six memberships of the network: two contacts, three organisations, one former. */
    static List<String> rows(String network, String marker) {
        return new ArrayList<>(List.of(
                network + "," + marker + "-p1,,CHAIR,2024-02-01,," + marker + "-m1",
                network + "," + marker + "-p2,,MEMBER,2024-03-01,," + marker + "-m2",
                network + ",," + marker + "-1,MEMBER,2024-01-01,," + marker + "-m3",
                network + ",," + marker + "-2,MEMBER,2024-01-01,," + marker + "-m4",
                network + ",," + marker + "-3,COORDINATOR,2023-01-01,," + marker + "-m5",
                network + ",," + marker + "-3,MEMBER,2022-01-01,2023-01-01," + marker + "-m6"));
    }

    static long membershipsMarked(String marker) {
        return ((Number) Database.query("select count(*) as n from membership where county_code = '08' and external_id like ?",
                marker + "-%").getFirst().get("n")).longValue();
    }

    static long membershipEvents(String marker, String action) {
        return ((Number) Database.query("""
                select count(*) as n from change_event where county_code = '08' and resource_type = 'membership'
                and action = ? and state ->> 'externalId' like ?""", action, marker + "-%").getFirst().get("n")).longValue();
    }

    @Test
    @DisplayName("POST /counties/08/imports?kind=memberships of 60 rows runs as many statements as of 6: none per row")
    void shouldNotRunAStatementPerRow() {
        Statements.assertNonePerRow("an import of the memberships of members", 3, 30, this::statementsToImport);
    }

    /** The statements of an import of 2 × {@code members} memberships (contacts and organisations) into a new network. */
    long statementsToImport(int members) {
        String marker = marker();
        postCsv(COORDINATOR, "08", csv(HEADER, organisationRows(marker, members)), "kind=organisations")
                .then().statusCode(201);
        List<String> contacts = new ArrayList<>();
        List<String> memberships = new ArrayList<>();
        String network = network(COORDINATOR, "08", "Nätverk " + marker, "ACTIVE");
        for (int i = 1; i <= members; i++) {
            contacts.add("Person " + i + " " + marker + "," + marker + "-" + i + "," + marker + "-p" + i);
            memberships.add(network + "," + marker + "-p" + i + ",,MEMBER,2024-02-01,," + marker + "-c" + i);
            memberships.add(network + ",," + marker + "-" + i + ",MEMBER,2024-01-01,," + marker + "-o" + i);
        }
        postCsv(COORDINATOR, "08", csv("name,organisationExternalId,externalId", contacts), "kind=contacts")
                .then().statusCode(201);
        return Statements.of(() -> postCsv(COORDINATOR, "08", csv(MEMBERSHIPS, memberships), "kind=memberships")
                .then().statusCode(201).body("created", is(2 * members)));
    }

    @Test
    @DisplayName("POST /counties/08/imports?kind=memberships with three bad rows writes nothing and names exactly those rows")
    void shouldWriteNothingWhenAnyRowIsBad() {
        String marker = marker();
        String network = withMembers(marker, "BRON " + marker);
        List<String> rows = rows(network, marker);
        rows.set(1, network + "," + marker + "-nobody,,MEMBER,2024-03-01,," + marker + "-m2");
        rows.set(3, network + ",," + marker + "-2,BOSS,2024-01-01,," + marker + "-m4");
        rows.set(5, network + ",," + marker + "-3,MEMBER,2022-01-01,2021-01-01," + marker + "-m6");
        long before = Database.lastChangeEvent();

        Response answer = postCsv(COORDINATOR, "08", csv(MEMBERSHIPS, rows), "kind=memberships");

        answer.then().spec(problem(422, imports("08")))
                .body("type", equalTo(Fixtures.problemType("import-rejected")))
                .body("rows", is(6)).body("rejected", is(3));
        assertEquals(Set.of(2, 4, 6), rejectedRowNumbers(answer));
        assertEquals(List.of("contactExternalId", "role", "leftOn"), answer.jsonPath().getList("rejectedRows.field"));
        assertEquals(0, membershipsMarked(marker), "no membership written");
        assertEquals(before, Database.lastChangeEvent(), "nothing in the change log");
    }

    @Test
    @DisplayName("POST /counties/08/imports?kind=memberships of the fixed file writes all, each with its history and event")
    void shouldWriteEveryRowOfAValidFile() {
        String marker = marker();
        String network = withMembers(marker, "BRON " + marker);

        postCsv(COORDINATOR, "08", csv(MEMBERSHIPS, rows(network, marker)), "kind=memberships").then()
                .statusCode(201).body("status", equalTo("SUCCEEDED")).body("kind", equalTo("memberships"))
                .body("created", is(6)).body("updated", is(0)).body("rejected", is(0));

        assertEquals(6, membershipsMarked(marker));
        assertEquals(6, membershipEvents(marker, "CREATED"));
        as(COORDINATOR).queryParam("includeFormer", "true")
                .get("/api/v1/counties/08/networks/" + network + "/memberships").then().statusCode(200)
                .body("items.externalId", containsInAnyOrder(marker + "-m1", marker + "-m2", marker + "-m3",
                        marker + "-m4", marker + "-m5", marker + "-m6"));
        String chair = as(COORDINATOR).queryParam("role", "CHAIR").get("/api/v1/counties/08/networks/" + network
                + "/memberships").then().statusCode(200)
                .body("items[0].contactName", equalTo("Åsa Öberg " + marker))
                .body("items[0].organisationName", equalTo("Trygghetsrådet 1 " + marker))
                .body("items[0].externalId", equalTo(marker + "-m1"))
                .extract().path("items[0].id");
        as(COORDINATOR).get("/api/v1/counties/08/networks/" + network + "/memberships/" + chair + "/history").then()
                .statusCode(200).body("items.action", equalTo(List.of("CREATED")))
                .body("items[0].actor.name", equalTo(COORDINATOR));
    }
    @Test
    @DisplayName("POST /counties/08/imports?kind=memberships again with the same externalIds updates and creates nothing")
    void shouldUpdateByExternalId() {
        String marker = marker();
        String network = withMembers(marker, "BRON " + marker);
        postCsv(COORDINATOR, "08", csv(MEMBERSHIPS, rows(network, marker)), "kind=memberships").then().statusCode(201);
        List<String> changed = rows(network, marker);
        changed.set(1, network + "," + marker + "-p2,,COORDINATOR,2024-03-01,2026-01-01," + marker + "-m2");

        postCsv(COORDINATOR, "08", csv(MEMBERSHIPS, changed), "kind=memberships").then().statusCode(201)
                .body("created", is(0)).body("updated", is(1)).body("unchanged", is(5));

        assertEquals(6, membershipsMarked(marker));
        assertEquals(6, membershipEvents(marker, "CREATED"));
        assertEquals(1, membershipEvents(marker, "UPDATED"));
        as(COORDINATOR).queryParam("includeFormer", "true").queryParam("role", "COORDINATOR")
                .get("/api/v1/counties/08/networks/" + network + "/memberships").then().statusCode(200)
                .body("items.externalId", containsInAnyOrder(marker + "-m2", marker + "-m5"));
    }

    @Test
    @DisplayName("POST /counties/08/imports?kind=memberships refuses a network, contact or organisation of another county, a move and a closed network")
    void shouldRefuseObjectsOfAnotherCounty() {
        String marker = marker();
        String network = withMembers(marker, "BRON " + marker);
        String other = network(COORDINATOR, "08", "Nätverket " + marker, "ACTIVE");
        String closed = network(COORDINATOR, "08", "Stängt " + marker, "CLOSED");
        postCsv(COORDINATOR, "08", csv(MEMBERSHIPS, rows(network, marker)), "kind=memberships").then().statusCode(201);
        String stockholm = network(Tokens.COORDINATOR_01, "01", "BRON " + marker, "ACTIVE");
        postCsv(Tokens.COORDINATOR_01, "01", csv(HEADER, List.of("Stockholms stad " + marker + ",MUNICIPALITY,0180,,"
                + marker + "-01")), "kind=organisations").then().statusCode(201);
        postCsv(Tokens.COORDINATOR_01, "01", csv("name,externalId", List.of("Sven Stockholm " + marker + ","
                + marker + "-p01")), "kind=contacts").then().statusCode(201);
        long before = Database.lastChangeEvent();

        Response answer = postCsv(COORDINATOR, "08", csv(MEMBERSHIPS, List.of(
                network + ",," + marker + "-01,MEMBER,2024-01-01,," + marker + "-x1",
                stockholm + ",," + marker + "-1,MEMBER,2024-01-01,," + marker + "-x2",
                network + "," + marker + "-p01,,MEMBER,2024-01-01,," + marker + "-x3",
                other + "," + marker + "-p1,,CHAIR,2024-02-01,," + marker + "-m1",
                closed + ",," + marker + "-1,MEMBER,2024-01-01,," + marker + "-x4",
                ",," + marker + "-1,MEMBER,2024-01-01,," + marker + "-x5")), "kind=memberships");

        answer.then().spec(problem(422)).body("rejected", is(6));
        assertEquals(List.of(1, 2, 3, 4, 5, 6), answer.jsonPath().getList("rejectedRows.row", Integer.class));
        assertEquals(List.of("organisationExternalId", "networkId", "contactExternalId", "networkId", "networkId",
                "networkId"), answer.jsonPath().getList("rejectedRows.field"));
        assertEquals(6, membershipsMarked(marker), "only those of the first import");
        assertEquals(before, Database.lastChangeEvent());
    }

    @Test
    @DisplayName("POST /counties/08/imports?kind=memberships&dryRun=true reports what it would do and writes nothing")
    void shouldWriteNothingOnADryRun() {
        String marker = marker();
        String network = withMembers(marker, "BRON " + marker);
        long before = Database.lastChangeEvent();

        postCsv(COORDINATOR, "08", csv(MEMBERSHIPS, rows(network, marker)), "kind=memberships&dryRun=true").then()
                .statusCode(200).body("status", equalTo("VALID")).body("dryRun", is(true)).body("created", is(6));

        assertEquals(0, membershipsMarked(marker));
        assertEquals(before, Database.lastChangeEvent());
    }

    @Test
    @DisplayName("POST /counties/08/imports?kind=memberships of a CSV with a byte-order mark keeps å, ä and ö in externalIds")
    void shouldReadSwedishCsvWithBom() {
        String marker = marker();
        String network = withMembers(marker, "Trygghetsnätverket Öland " + marker);
        String text = "\uFEFF" + csv("externalId,networkId,contactExternalId,role,joinedOn", List.of(
                marker + "-åsa-ö," + network + "," + marker + "-p1,CHAIR,2024-02-01",
                marker + "-örjan-ä," + network + "," + marker + "-p2,MEMBER,2024-03-01"));

        postCsv(COORDINATOR, "08", text, "kind=memberships").then().statusCode(201).body("created", is(2));

        as(COORDINATOR).queryParam("sort", "joinedOn,asc")
                .get("/api/v1/counties/08/networks/" + network + "/memberships").then().statusCode(200)
                .body("items.externalId", equalTo(List.of(marker + "-åsa-ö", marker + "-örjan-ä")))
                .body("items.contactName", equalTo(List.of("Åsa Öberg " + marker, "Örjan Ärlig " + marker)));
    }

    @Test
    @DisplayName("POST /counties/08/imports?kind=memberships refuses a row whose member belongs to the network in an earlier row on the same days")
    void shouldRefuseOverlapsWithinTheFile() {
        String marker = marker();
        String network = withMembers(marker, "BRON " + marker);

        Response answer = postCsv(COORDINATOR, "08", csv(MEMBERSHIPS, List.of(
                network + "," + marker + "-p1,,MEMBER,2022-01-01,2023-01-01," + marker + "-m1",
                network + "," + marker + "-p1,,CHAIR,2023-01-01,," + marker + "-m2",
                network + "," + marker + "-p1,,MEMBER,2024-06-01,2025-01-01," + marker + "-m3",
                network + ",," + marker + "-1,MEMBER,2024-06-01,," + marker + "-m4")), "kind=memberships");

        answer.then().spec(problem(422)).body("rejected", is(1));
        assertEquals(List.of(3), answer.jsonPath().getList("rejectedRows.row", Integer.class));
        assertEquals(List.of("joinedOn"), answer.jsonPath().getList("rejectedRows.field"));
        assertEquals(0, membershipsMarked(marker));
    }

    @Test
    @DisplayName("POST /counties/08/imports?kind=memberships refuses an overlap within the file whose ids differ only in capitals")
    void shouldRefuseOverlapsWithinTheFileWrittenInCapitals() {
        String marker = marker();
        String network = withMembers(marker, "BRON " + marker);
        String contact = Fixtures.createContact("08", body("name", "Åke Versal " + marker));

        Response answer = postCsv(COORDINATOR, "08", csv("networkId,contactId,role,joinedOn,externalId", List.of(
                network + "," + contact + ",MEMBER,2024-01-01," + marker + "-m1",
                network.toUpperCase(Locale.ROOT) + "," + contact.toUpperCase(Locale.ROOT) + ",CHAIR,2024-06-01,"
                        + marker + "-m2")), "kind=memberships");

        answer.then().spec(problem(422)).body("rejected", is(1));
        assertEquals(List.of(2), answer.jsonPath().getList("rejectedRows.row", Integer.class));
        assertEquals(List.of("joinedOn"), answer.jsonPath().getList("rejectedRows.field"));
        assertEquals(0, membershipsMarked(marker));
    }

    @Test
    @DisplayName("an import that names a member whom a single write is adding to the same network meanwhile waits for it and refuses the overlap")
    void shouldSeeAMembershipCommittedWhileItWaits() throws Exception {
        String marker = marker();
        String network = withMembers(marker, "BRON " + marker);
        String contact = Fixtures.createContact("08", body("name", "Åsa Samtidig " + marker));
        CountDownLatch written = new CountDownLatch(1);
        CountDownLatch commit = new CountDownLatch(1);
        // threads of its own: the common pool may have a single thread on two cores, which the single write holds
        try (ExecutorService threads = Executors.newFixedThreadPool(2)) {
            CompletableFuture<Void> single = CompletableFuture.runAsync(() -> QuarkusTransaction.requiringNew().run(() -> {
                memberships.create("08", UUID.fromString(network), new MembershipWrite(UUID.fromString(contact), null,
                        MembershipRole.MEMBER, LocalDate.parse("2025-01-01"), null, null));
                written.countDown();
                try {
                    commit.await(30, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }), threads);
            assertTrue(written.await(30, TimeUnit.SECONDS), "the single write has written");
            CompletableFuture<Response> imported = CompletableFuture.supplyAsync(() -> postCsv(COORDINATOR, "08",
                    csv("networkId,contactId,role,joinedOn,externalId", List.of(
                            network + "," + contact + ",CHAIR,2025-06-01," + marker + "-m1")), "kind=memberships"),
                    threads);
            boolean waited = Database.awaitLockWaiter();
            commit.countDown();
            single.get(30, TimeUnit.SECONDS);
            assertTrue(waited, "the import waited for the single write's lock on the network");

            Response answer = imported.get(30, TimeUnit.SECONDS);
            answer.then().spec(problem(422)).body("rejected", is(1));
            assertEquals(List.of("joinedOn"), answer.jsonPath().getList("rejectedRows.field"));
        }
        assertEquals(1L, ((Number) Database.query("select count(*) as n from membership where county_code = '08' "
                + "and network_id = ?::uuid and contact_id = ?::uuid", network, contact).getFirst().get("n")).longValue(),
                "only the single write's membership");
    }
}
