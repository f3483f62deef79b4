package se.samordna.support;

import static se.samordna.testing.Fixtures.API;
import static se.samordna.testing.Fixtures.body;
import static se.samordna.testing.Fixtures.createOrganisation;
import static se.samordna.testing.Fixtures.marker;
import static se.samordna.testing.Tokens.as;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import se.samordna.testing.Fixtures;
import se.samordna.testing.Tokens;

/** Test data the support suites share: organisations to file for, requests filed and moved on through the API. */
final class SupportData {

    static final String KALMAR = API + "/counties/08/support-requests";

    private static final Map<String, String> ORGANISATIONS = new ConcurrentHashMap<>();
    private static final AtomicBoolean MEMBER_HAS_REQUEST = new AtomicBoolean();

    private SupportData() {
    }

    /** An organisation of the county, the same for the whole run. */
    static String organisationOf(String countyCode) {
        return ORGANISATIONS.computeIfAbsent(countyCode,
                cc -> createOrganisation(cc, "Föreningen Tryggare " + cc + " " + marker()));
    }

    /** The Kalmar organisation a member login acts for (the test data links member-08 and member2-08). */
    static String memberOrganisation(String user) {
        return Fixtures.linkedOrganisationOf(user);
    }

    /** Has member-08 file a request once per run, so that its list is never empty. */
    static void ensureMemberHasRequest() {
        if (MEMBER_HAS_REQUEST.compareAndSet(false, true)) {
            fileInKalmar(Tokens.MEMBER_08);
        }
    }

    /** A valid request body for the organisation, with a title no other test uses. */
    static Map<String, Object> requestFor(String organisationId) {
        return body("organisationId", organisationId, "topic", "ACTION_PLAN",
                "title", "Handlingsplan mot otrygghet " + marker(),
                "description", "Vi behöver stöd att skriva en handlingsplan.", "priority", "NORMAL");
    }

    /** Files a Kalmar request as {@code user} for its own organisation (a member) or another (a coordinator). */
    static String fileInKalmar(String user) {
        String organisation = user.startsWith("member") ? memberOrganisation(user) : organisationOf("08");
        return as(user).contentType(ContentType.JSON).body(requestFor(organisation)).post(KALMAR)
                .then().statusCode(201).extract().path("id");
    }

    /** Files a request in the county (08 or 10) as its coordinator, for an organisation of the county. */
    static String fileAsCoordinator(String countyCode) {
        return as(Fixtures.coordinatorOf(countyCode)).contentType(ContentType.JSON)
                .body(requestFor(organisationOf(countyCode)))
                .post(API + "/counties/" + countyCode + "/support-requests")
                .then().statusCode(201).extract().path("id");
    }

    /** The moves that bring a new request to {@code status}. */
    static List<TransitionAction> pathTo(RequestStatus status) {
        return switch (status) {
            case SUBMITTED -> List.of();
            case TRIAGED -> List.of(TransitionAction.TRIAGE);
            case IN_PROGRESS -> List.of(TransitionAction.TRIAGE, TransitionAction.START);
            case RESOLVED -> List.of(TransitionAction.TRIAGE, TransitionAction.START, TransitionAction.RESOLVE);
            case DECLINED -> List.of(TransitionAction.DECLINE);
        };
    }

    /** Moves the Kalmar request to {@code status} as coordinator-08. */
    static void moveTo(String id, RequestStatus status) {
        for (TransitionAction action : pathTo(status)) {
            transition(Tokens.COORDINATOR_08, KALMAR, id, action, null).then().statusCode(200);
        }
    }

    /** Files a Kalmar request as {@code user} and has coordinator-08 move it to {@code status}. */
    static String fileInKalmar(String user, RequestStatus status) {
        String id = fileInKalmar(user);
        moveTo(id, status);
        return id;
    }

    static Response transition(String user, String collection, String id, TransitionAction action, String comment) {
        return as(user).contentType(ContentType.JSON).body(body("action", action.name(), "comment", comment))
                .post(collection + "/" + id + "/transitions");
    }

    static Response comment(String user, String collection, String id, String text, Boolean internal) {
        return as(user).contentType(ContentType.JSON).body(body("text", text, "internal", internal))
                .post(collection + "/" + id + "/comments");
    }

    /** The request as coordinator-08 reads it now. */
    static Response read(String id) {
        return Fixtures.read("08", "support-requests", id);
    }
}
