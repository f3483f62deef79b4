package se.samordna.testing;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static org.junit.jupiter.params.provider.Arguments.arguments;
import static se.samordna.testing.Fixtures.API;
import static se.samordna.testing.Fixtures.assertSameAsUnknown;
import static se.samordna.testing.Fixtures.marker;
import static se.samordna.testing.Fixtures.mergePatch;
import static se.samordna.testing.Fixtures.problem;
import static se.samordna.testing.Fixtures.subjectOf;
import static se.samordna.testing.Operation.CREATE;
import static se.samordna.testing.Operation.DELETE;
import static se.samordna.testing.Operation.GET;
import static se.samordna.testing.Operation.HISTORY;
import static se.samordna.testing.Operation.LIST;
import static se.samordna.testing.Operation.PATCH;
import static se.samordna.testing.Operation.REPLACE;
import static se.samordna.testing.Tokens.as;

import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.response.ValidatableResponse;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.hamcrest.Matcher;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import se.samordna.testing.Rights.Scope;

/**
 * What every county resource does alike, tested once for all of them: who may do what (every persona by every
 * operation, the rights read from {@link Rights}, the design's table), ownership between two members, the fields a
 * member never sees, versions and If-Match, paging and sort parameters, the answers to create, replace, merge patch
 * and delete, history, bad input (county codes, parameters, bodies, text PostgreSQL cannot store) and the
 * operations a resource does not offer (405). Every refusal is checked to have written nothing (no change, no
 * history entry, no change event) and every problem to carry a documented {@code type} and its {@code instance}.
 *
 * <p>A resource's test extends it, names the resource with {@link CountyResource} and supplies its test data; it
 * keeps only the tests of its own rules. Before each test coordinator-08 creates the resource's Kalmar object
 * ({@link #newKalmarObject()}), which the tests read, change and delete. Tests name paths with
 * {@link ContractDisplayName} so that a report reads "GET /counties/08/organisations/{unknown id} …".
 *
 * <p><b>A nested collection</b>, such as {@code /counties/{cc}/surveys/{id}/responses}: annotate
 * {@code @CountyResource(parent = "surveys", collection = "responses", noun = "survey response")} and override
 * {@link #newParent(String)} to create, as the county's coordinator, the parent the test's objects live under (a
 * survey of that county). Before each test the contract makes a Kalmar and a Blekinge parent; {@link #kalmar} and
 * {@link #blekinge} are then the collections under them. The rights are the table's row {@code surveys/responses}.
 *
 * <p><b>An action endpoint</b>, such as {@code POST /counties/{cc}/support-requests/{id}/transitions}: a nested
 * collection that offers CREATE, and LIST when it lists what was done: {@code @CountyResource(parent =
 * "support-requests", collection = "transitions", noun = "transition", operations = {CREATE, LIST},
 * createAnswers = 200)} (createAnswers when the action answers other than 201). {@link #newKalmarObject()} is then
 * the action done before each test and {@link #validWrite()} one that may follow it. Every operation a resource does
 * not declare in {@link CountyResource#operations()} must answer 405 problem (404 where no operation has the path).
 *
 * <p><b>Ownership</b>: where the table gives a member rights to its own objects only, override
 * {@link #ownedBy(String)} (an object that member-08 owns); the contract checks that member-08 reaches it and
 * member2-08 does not (404). Where the table hides some objects from all but coordinators (internal comments),
 * override {@link #hiddenFromOthers()}.
 */
@DisplayNameGeneration(ContractDisplayName.Generator.class)
public abstract class CountyResourceContract {

    /** A body a test writes and what the object answers afterwards, field by field. */
    public record Write(Map<String, Object> body, Map<String, Matcher<?>> answers) {

        /** A write whose object answers every field as written (a null as null). */
        public static Write of(Map<String, ?> body) {
            Map<String, Matcher<?>> answers = new LinkedHashMap<>();
            body.forEach((field, value) -> answers.put(field, value == null ? nullValue() : equalTo(value)));
            return new Write(Collections.unmodifiableMap(new LinkedHashMap<>(body)),
                    Collections.unmodifiableMap(answers));
        }

        /** The same write, its object answering this for the field: one it derives, or one it normalises. */
        public Write answering(String field, Matcher<?> answer) {
            Map<String, Matcher<?>> changed = new LinkedHashMap<>(answers);
            changed.put(field, answer);
            return new Write(body, Collections.unmodifiableMap(changed));
        }
    }

    /** An object in its collection (without the API root), such as one a member owns. */
    public record Placed(String collection, String id) {
    }

    /** What a persona's call answers. */
    enum Outcome {
        ALLOWED("is allowed"),
        FORBIDDEN("returns 403 and changes nothing"),
        NOT_FOUND("returns 404, as for an unknown id, and changes nothing"),
        UNLISTED("answers 200 without the object (not its own)");

        final String text;

        Outcome(String text) {
            this.text = text;
        }
    }

    /** One operation as a persona's test case: what is called and what it must answer. */
    record Case(Operation operation, Outcome outcome) {
    }

    private final CountyResource resource;
    private final Rights.Row rights;
    private final Set<Operation> offered;

    /** The resource's collection in Kalmar, such as {@code /counties/08/organisations} (without the API root). */
    protected String kalmar;

    /** The resource's collection in Blekinge, such as {@code /counties/10/organisations}. */
    protected String blekinge;

    /** The id of the test's Kalmar object: created afresh before every test, at version 0. */
    protected String kalmarId;

    /** For a nested resource, the Kalmar and Blekinge parents of this test; null otherwise. */
    protected String kalmarParentId;
    protected String blekingeParentId;

    private Write kalmarObject;

    protected CountyResourceContract() {
        resource = resourceOf(getClass());
        rights = Rights.of(nameOf(resource));
        offered = EnumSet.noneOf(Operation.class);
        offered.addAll(Arrays.asList(resource.operations()));
        requireNoWiderRights(resource, rights, offered);
        kalmar = "/counties/08/" + resource.collection();
        blekinge = "/counties/10/" + resource.collection();
    }

    /** The resource's name in {@link Rights}: {@code parent/collection}, or {@code collection}. */
    static String nameOf(CountyResource resource) {
        return resource.parent().isEmpty() ? resource.collection() : resource.parent() + "/" + resource.collection();
    }

    /** The deprecated {@code memberMay} and {@code importerMay}, when given, must say what the table says. */
    @SuppressWarnings("deprecation")
    private static void requireNoWiderRights(CountyResource resource, Rights.Row rights, Set<Operation> offered) {
        check("memberMay", resource.memberMay(), offered, rights::member);
        check("importerMay", resource.importerMay(), offered, rights::importer);
    }

    private static void check(String attribute, Operation[] declared, Set<Operation> offered,
            Function<Operation, Scope> table) {
        if (declared.length == 0) {
            return;
        }
        Set<Operation> fromTable = offered.stream().filter(op -> table.apply(op) != Scope.NONE)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(Operation.class)));
        Set<Operation> fromAnnotation = EnumSet.copyOf(Arrays.asList(declared));
        if (!fromTable.equals(fromAnnotation)) {
            throw new IllegalStateException("@CountyResource(" + attribute + " = " + fromAnnotation
                    + ") differs from the table of rights, which gives " + fromTable
                    + ": rights come from se.samordna.testing.Rights; remove " + attribute);
        }
    }

    // ---- what a resource's test supplies -----------------------------------------------------------------------

    /**
     * The Kalmar object every test starts from, and what it answers. Called before each test; create here what it
     * refers to, and keep in fields what the resource's own tests need of it.
     */
    protected abstract Write newKalmarObject();

    /**
     * A valid body for create, replace and patch alike in Kalmar; each call names a new object. It may write nothing
     * itself: the contract calls it after taking a snapshot of what was written.
     */
    protected abstract Map<String, Object> validWrite();

    /**
     * A valid body for create, replace and patch in the county ({@code 08} or {@code 10}), for a resource whose
     * bodies name other objects of the county (a Blekinge request names a Blekinge organisation); by default
     * {@link #validWrite()}. The contract writes with it wherever it writes under Blekinge.
     */
    protected Map<String, Object> validWrite(String countyCode) {
        return validWrite();
    }

    /** A valid body for a new object of the county that {@code q=} finds and lists sort by {@code name}. */
    protected abstract Map<String, Object> newObject(String countyCode, String name);

    /** A create that sets every field the resource has, and what it answers. */
    protected abstract Write fullCreate();

    /** A replacement of the Kalmar object that changes every field and leaves out the optional ones. */
    protected abstract Write replacement();

    /**
     * A merge patch of the Kalmar object that changes a field or two. Its answers name only what it changes (or
     * what follows from that); every other field must answer as before.
     */
    protected abstract Write changingPatch();

    /** A merge patch applied after {@link #changingPatch()} that removes a field with null. */
    protected abstract Write removingPatch();

    /** JSON bodies that POST and PUT refuse with 400: each a named body and the field the problem names. */
    protected abstract Stream<Arguments> badBodies();

    /** JSON merge patches refused with 400: each a named patch and the field the problem names. */
    protected abstract Stream<Arguments> badPatches();

    /** Bodies that are no JSON object (cut short, an array, a string, null, nothing): POST refuses them. */
    protected abstract Stream<String> malformedBodies();

    /** Patches that are no JSON object: PATCH refuses them. */
    protected abstract Stream<String> malformedPatches();

    /** The resource's own list parameters with a bad value, each a query and the parameter the problem names. */
    protected abstract Stream<Arguments> badFilters();

    /** A bad body as sent, for bodies that name objects made only when the test runs; by default unchanged. */
    protected String resolve(String badBody) {
        return badBody;
    }

    /**
     * What the history holds of the states of the Kalmar object after it was changed by {@code change} and then
     * deleted: by default both states as they were written. A resource that erases data on delete says so here.
     */
    protected void assertStatesAfterDelete(Response history, Write change) {
        assertAnswers(history.then(), "items[0].state.", kalmarObject.answers());
        assertAnswers(history.then(), "items[1].state.", answersAfter(change));
    }

    /**
     * For a nested resource: creates, as the county's coordinator, a parent in county {@code countyCode} (08 or 10)
     * and returns its id. Called before each test, before {@link #newKalmarObject()}.
     */
    protected String newParent(String countyCode) {
        throw new UnsupportedOperationException(getClass().getSimpleName() + " is nested under "
                + resource.parent() + ": override newParent(countyCode)");
    }

    /**
     * Where the table gives a member rights to its own objects only: an object of Kalmar that {@code member}
     * (member-08) owns (filed, answered or registered by it, for its organisation), made through the API.
     */
    protected Placed ownedBy(String member) {
        throw new UnsupportedOperationException("The table of rights gives a member only its own " + nameOf(resource)
                + ": override ownedBy(member) in " + getClass().getSimpleName());
    }

    /**
     * Where the table hides some objects from all but coordinators ({@link Rights.Row#rowsHiddenFromOthers()}): one
     * such object that member-08 could otherwise reach (an internal comment on its own request). The Kalmar object of
     * {@link #newKalmarObject()} must then be one that everyone with a right to read sees (a public comment).
     */
    protected Placed hiddenFromOthers() {
        throw new UnsupportedOperationException("The table of rights hides " + rights.rowsHiddenFromOthers()
                + " from members and the importer: override hiddenFromOthers() in " + getClass().getSimpleName());
    }

    // ---- help for the tests, here and in a resource's test ------------------------------------------------------

    @BeforeEach
    void createKalmarObject() {
        if (!resource.parent().isEmpty()) {
            kalmarParentId = newParent("08");
            blekingeParentId = newParent("10");
            kalmar = "/counties/08/" + resource.parent() + "/" + kalmarParentId + "/" + resource.collection();
            blekinge = "/counties/10/" + resource.parent() + "/" + blekingeParentId + "/" + resource.collection();
        }
        kalmarObject = newKalmarObject();
        kalmarId = createIn("08", kalmarObject.body());
    }

    protected static String one(String collection, String id) {
        return API + collection + "/" + id;
    }

    /** Whether the resource offers the operation. */
    protected boolean offers(Operation operation) {
        return offered.contains(operation);
    }

    /** Skips the test (reported as skipped, never as passed) when the resource does not offer all these. */
    protected void assumeOffered(Operation... operations) {
        for (Operation operation : operations) {
            assumeTrue(offers(operation), nameOf(resource) + " does not offer " + operation);
        }
    }

    /** The resource's collection in Kalmar (08) or Blekinge (10), without the API root. */
    protected String collectionIn(String countyCode) {
        return switch (countyCode) {
            case "08" -> kalmar;
            case "10" -> blekinge;
            default -> throw new IllegalArgumentException("tests use counties 08 and 10, not " + countyCode);
        };
    }

    /** Creates an object of the resource as the county's coordinator and returns its id. */
    protected String createIn(String countyCode, Map<String, ?> body) {
        return as(Fixtures.coordinatorOf(countyCode)).contentType(ContentType.JSON).body(body)
                .post(API + collectionIn(countyCode))
                .then().statusCode(resource.createAnswers())
                .extract().path("id");
    }

    /** How many objects of the resource the county lists (-1 when the resource has no list). */
    protected long countIn(String countyCode) {
        if (!offers(LIST)) {
            return -1;
        }
        return as(Fixtures.coordinatorOf(countyCode)).get(API + collectionIn(countyCode))
                .then().statusCode(200).extract().jsonPath().getLong("totalItems");
    }

    /** The object as the county's coordinator reads it now (status 200 expected). */
    protected Response readIn(String countyCode, String id) {
        Response response = as(Fixtures.coordinatorOf(countyCode)).get(one(collectionIn(countyCode), id));
        response.then().statusCode(200);
        return response;
    }

    /** The name the Kalmar object was created with. */
    protected String kalmarName() {
        return (String) kalmarObject.body().get(resource.nameField());
    }

    /**
     * The Kalmar object is as created (version 0, with only its CREATED change event), and the county lists as many
     * objects as before.
     */
    protected void assertKalmarObjectUntouched(long countBefore) {
        if (offers(GET)) {
            assertAnswers(readIn("08", kalmarId).then().header("ETag", "\"0\""), kalmarObject.answers());
        }
        if (kalmarId != null) {
            assertEquals(List.of("CREATED"), Database.changeEvents(UUID.fromString(kalmarId)).stream()
                    .map(event -> event.get("action")).toList(), "the Kalmar " + resource.noun() + " was changed");
        }
        assertEquals(countBefore, countIn("08"), "the number of Kalmar " + resource.collection() + " changed");
    }

    /** What a refused request must leave: the number of objects listed and the last change event of the database. */
    protected record Snapshot(long count, long lastChangeEvent) {
    }

    protected Snapshot snapshot() {
        return new Snapshot(countIn("08"), Database.lastChangeEvent());
    }

    /**
     * Nothing was written since {@code before}: no change event anywhere (so no history entry either), the Kalmar
     * object as created, and as many objects listed.
     */
    protected void assertNothingWritten(Snapshot before) {
        assertEquals(before.lastChangeEvent(), Database.lastChangeEvent(),
                "a refused request wrote a change event (and so a history entry)");
        if (offers(GET)) {
            assertAnswers(readIn("08", kalmarId).then().header("ETag", "\"0\""), kalmarObject.answers());
        }
        assertEquals(before.count(), countIn("08"), "the number of Kalmar " + resource.collection() + " changed");
    }

    protected static void assertAnswers(ValidatableResponse response, Map<String, Matcher<?>> answers) {
        assertAnswers(response, "", answers);
    }

    /** Checks each field's answer at {@code prefix + field}, such as {@code items[0].state.name}. */
    protected static void assertAnswers(ValidatableResponse response, String prefix, Map<String, Matcher<?>> answers) {
        answers.forEach((field, answer) -> response.body(prefix + field, answer));
    }

    protected static void assertStrictlyIncreasing(List<Long> sequence) {
        for (int i = 1; i < sequence.size(); i++) {
            assertTrue(sequence.get(i) > sequence.get(i - 1), "sequence not increasing: " + sequence);
        }
    }

    /** What the Kalmar object answers after these patches, in order: each field as the last one left it. */
    private Map<String, Matcher<?>> answersAfter(Write... patches) {
        Map<String, Matcher<?>> answers = new LinkedHashMap<>(kalmarObject.answers());
        for (Write patch : patches) {
            answers.putAll(patch.answers());
        }
        return answers;
    }

    /** Calls the operation on the Kalmar object as {@code user} and checks the answer the case expects. */
    private void assertCase(String user, Case c) {
        Operation operation = c.operation();
        switch (c.outcome()) {
            case ALLOWED -> assertAllowed(user, operation, kalmar, kalmarId);
            case FORBIDDEN -> {
                Snapshot before = snapshot();
                operation.call(as(user), kalmar, kalmarId, validWrite())
                        .then().spec(problem(403, API + operation.path(kalmar, kalmarId)));
                assertNothingWritten(before);
            }
            case NOT_FOUND -> {
                Snapshot before = snapshot();
                String unknownId = UUID.randomUUID().toString();
                Response forKalmar = operation.call(as(user), kalmar, kalmarId, validWrite());
                Response forUnknown = operation.call(as(user), kalmar, unknownId, validWrite());
                forKalmar.then().spec(problem(404, API + operation.path(kalmar, kalmarId)));
                if (operation.onObject()) {
                    assertSameAsUnknown(forKalmar, kalmarId, forUnknown, unknownId);
                }
                assertNothingWritten(before);
            }
            case UNLISTED -> as(user).get(API + kalmar).then().statusCode(200)
                    .body("items.id", not(hasItem(kalmarId)));
        }
    }

    private void assertKalmarObjectUnknownInBlekinge(String user, Operation operation) {
        // a valid Blekinge body may have to create what it names: before the snapshot, not by the refused request
        Map<String, Object> body = validWrite("10");
        Map<String, Object> otherBody = validWrite("10");
        Snapshot before = snapshot();
        String unknownId = UUID.randomUUID().toString();
        Response forKalmar = operation.call(as(user), blekinge, kalmarId, body);
        Response forUnknown = operation.call(as(user), blekinge, unknownId, otherBody);
        forKalmar.then().spec(problem(404, API + operation.path(blekinge, kalmarId)));
        assertSameAsUnknown(forKalmar, kalmarId, forUnknown, unknownId);
        assertNothingWritten(before);
    }

    /** A Blekinge object asked for under Kalmar answers exactly what an unknown id answers, and stays as it was. */
    private void assertBlekingeObjectUnknownInKalmar(String user, Operation operation) {
        Write blekingeObject = Write.of(newObject("10", "Karlskrona " + marker()));
        String blekingeId = createIn("10", blekingeObject.body());
        String unknownId = UUID.randomUUID().toString();
        long lastEvent = Database.lastChangeEvent();

        Response forBlekinge = operation.call(as(user), kalmar, blekingeId, validWrite());
        Response forUnknown = operation.call(as(user), kalmar, unknownId, validWrite());

        assertSameAsUnknown(forBlekinge, blekingeId, forUnknown, unknownId);
        assertEquals(lastEvent, Database.lastChangeEvent(), "asking for another county's object wrote something");
        if (offers(GET)) {
            assertAnswers(readIn("10", blekingeId).then().header("ETag", "\"0\""), blekingeObject.answers());
        }
    }

    private void assertAllowed(String user, Operation operation, String collection, String id) {
        Response response = operation.call(as(user), collection, id,
                collection.equals(blekinge) ? validWrite("10") : validWrite());
        if (operation == CREATE && resource.createAnswers() != 201) {
            response.then().statusCode(resource.createAnswers());
            return;
        }
        if (operation == HISTORY && !offers(GET)) {
            response.then().statusCode(200);
            return;
        }
        operation.assertSucceeded(response, id);
    }

    /** What a member's call of {@code operation} on the coordinator's Kalmar object answers, by the table. */
    Outcome memberOutcome(Operation operation) {
        return outcomeOf(rights, resource.parent(), rights.member(operation), operation);
    }

    Outcome importerOutcome(Operation operation) {
        return outcomeOf(rights, resource.parent(), rights.importer(operation), operation);
    }

    /**
     * What a call answers a caller with {@code scope} on an object (and parent) that the county's coordinator made,
     * which is never a member's own: under a parent the member reads only when its own, 404; its own list answers
     * without the object; a create naming what is not its own, 403; other operations 403 when the member may read
     * the object, 404 when it may not even do that.
     */
    static Outcome outcomeOf(Rights.Row rights, String parent, Scope scope, Operation operation) {
        return switch (scope) {
            case ANY -> Outcome.ALLOWED;
            case NONE -> Outcome.FORBIDDEN;
            case OWN -> {
                if (parentHiddenFromMember(parent)) {
                    yield Outcome.NOT_FOUND;
                }
                if (operation == LIST) {
                    yield Outcome.UNLISTED;
                }
                if (operation == CREATE) {
                    yield Outcome.FORBIDDEN;
                }
                yield rights.member(GET) == Scope.ANY ? Outcome.FORBIDDEN : Outcome.NOT_FOUND;
            }
        };
    }

    /** Whether a member reads only its own parents of this nested resource, so that the coordinator's is 404. */
    private boolean parentHiddenFromMember() {
        return parentHiddenFromMember(resource.parent());
    }

    private static boolean parentHiddenFromMember(String parent) {
        return !parent.isEmpty() && Rights.of(parent).member(GET) == Scope.OWN;
    }

    static CountyResource resourceOf(Class<?> testClass) {
        CountyResource resource = testClass.getAnnotation(CountyResource.class);
        if (resource == null) {
            throw new IllegalStateException(testClass.getName() + " extends CountyResourceContract without @"
                    + CountyResource.class.getSimpleName());
        }
        return resource;
    }

    static String fillIn(String displayName, CountyResource resource) {
        String under = resource.parent().isEmpty() ? "" : resource.parent() + "/{parent id}/";
        return displayName
                .replace("{kalmar}", "/counties/08/" + under + resource.collection())
                .replace("{blekinge}", "/counties/10/" + under + resource.collection())
                .replace("{noun}", resource.noun())
                .replace("{name}", resource.nameField());
    }

    private String resourceType() {
        return resource.resourceType().isEmpty() ? resource.noun() : resource.resourceType();
    }

    /**
     * The operations the parameterised tests of a group run, each named by its path. They are instance methods so
     * that they can read the resource: {@code @MethodSource} calls them on the group's instance, one per class.
     * A source that the resource leaves empty gives one case named "(not offered)", which the test skips: an empty
     * set of cases is never a silent pass.
     */
    @TestInstance(TestInstance.Lifecycle.PER_CLASS)
    abstract class Group {

        final String aKalmarObject = "a Kalmar " + resource.noun();
        final String aBlekingeObject = "a Blekinge " + resource.noun();
        final String kalmarName = fillIn("{kalmar}", resource);
        final String blekingeName = fillIn("{blekinge}", resource);

        Stream<Named<Operation>> named(String collection, String object, Predicate<Operation> which) {
            List<Named<Operation>> cases = Operation.named(collection, object)
                    .filter(op -> offers(op.getPayload()) && which.test(op.getPayload())).toList();
            return cases.isEmpty() ? Stream.of(Named.of("(not offered by " + nameOf(resource) + ")", null))
                    : cases.stream();
        }

        Stream<Named<Operation>> everyOperationInKalmar() {
            return named(kalmarName, aKalmarObject, op -> true);
        }

        Stream<Named<Operation>> everyOperationInBlekinge() {
            return named(blekingeName, aBlekingeObject, op -> true);
        }

        Stream<Named<Operation>> kalmarObjectUnderBlekinge() {
            return named(blekingeName, aKalmarObject, Operation::onObject);
        }

        Stream<Named<Operation>> blekingeObjectUnderKalmar() {
            return named(kalmarName, aBlekingeObject, Operation::onObject);
        }

        Stream<Named<Operation>> versionedInKalmar() {
            return named(kalmarName, aKalmarObject, op -> op == REPLACE || op == PATCH || op == DELETE);
        }

        Stream<Named<Operation>> notOfferedInKalmar() {
            List<Named<Operation>> cases = Operation.named(kalmarName, aKalmarObject)
                    .filter(op -> !offers(op.getPayload())).toList();
            return cases.isEmpty() ? Stream.of(Named.of("(" + nameOf(resource) + " offers all seven)", null))
                    : cases.stream();
        }

        /** Each offered operation in Kalmar, named with what it must answer the persona. */
        Stream<Named<Case>> cases(Function<Operation, Outcome> outcome) {
            return Arrays.stream(Operation.values()).filter(CountyResourceContract.this::offers)
                    .map(op -> new Case(op, outcome.apply(op)))
                    .map(c -> Named.of(c.operation().describe(kalmarName, aKalmarObject) + " " + c.outcome().text, c));
        }
    }

    /** Skips a case that stands for an empty set of operations ("not offered"). */
    static void assumeCase(Object operation) {
        assumeTrue(operation != null, "no operation of this kind is offered");
    }

    /** A persona of Kalmar whose rights the table gives, case by case. */
    abstract class Persona extends Group {

        final String user;
        private final Function<Operation, Outcome> outcome;

        Persona(String user, Function<Operation, Outcome> outcome) {
            this.user = user;
            this.outcome = outcome;
        }

        Stream<Named<Case>> personaCases() {
            return cases(outcome);
        }

        Outcome caseOf(Operation operation) {
            return outcome.apply(operation);
        }

        @ParameterizedTest(name = "{0}")
        @MethodSource("personaCases")
        void shouldAnswerAsTheTableSays(Case c) {
            assertCase(user, c);
        }
    }

    /** A member or the importer of Kalmar: what the table gives it, and another county's objects unknown to it. */
    abstract class KalmarPersona extends Persona {

        KalmarPersona(String user, Function<Operation, Outcome> outcome) {
            super(user, outcome);
        }

        Stream<Named<Operation>> blekingeObjectsItMayReach() {
            return named(kalmarName, aBlekingeObject, op -> op.onObject() && caseOf(op) == Outcome.ALLOWED);
        }

        @ParameterizedTest(name = "{0} returns 404, as for an unknown id, and changes nothing")
        @MethodSource("blekingeObjectsItMayReach")
        void shouldNotFindBlekingeObject(Operation operation) {
            assumeCase(operation);
            assertBlekingeObjectUnknownInKalmar(user, operation);
        }
    }

    /** A persona who may do nothing in Kalmar: another county's coordinator, or a role without county data. */
    abstract class RefusedEverything extends Persona {

        RefusedEverything(String user) {
            super(user, operation -> Outcome.FORBIDDEN);
        }
    }

    @Nested
    @DisplayName("As coordinator of Kalmar (coordinator-08)")
    class AsCoordinatorOfKalmar extends Group {

        @ParameterizedTest(name = "{0} is allowed")
        @MethodSource("everyOperationInKalmar")
        void shouldAllowEveryOperation(Operation operation) {
            assumeCase(operation);
            assertAllowed(Tokens.COORDINATOR_08, operation, kalmar, kalmarId);
        }

        @Test
        @ContractDisplayName("POST {kalmar} returns 201, ETag \"0\" and a Location that GETs it")
        void shouldCreate() {
            assumeOffered(CREATE, GET);
            Write write = fullCreate();
            Response created = as(Tokens.COORDINATOR_08).contentType(ContentType.JSON).body(write.body())
                    .post(API + kalmar);
            assertAnswers(created.then().statusCode(201)
                    .contentType(ContentType.JSON)
                    .header("ETag", "\"0\"")
                    .body("id", notNullValue())
                    .body("countyCode", equalTo("08"))
                    .body("version", is(0))
                    .body("createdBy", equalTo(subjectOf(Tokens.COORDINATOR_08)))
                    .body("updatedBy", equalTo(subjectOf(Tokens.COORDINATOR_08)))
                    .body("createdAt", notNullValue()), write.answers());
            String id = created.path("id");
            String location = created.header("Location");
            assertTrue(location.endsWith(API + kalmar + "/" + id), "Location " + location + " does not name " + id);
            assertEquals(created.<String>path("createdAt"), created.<String>path("updatedAt"));

            assertAnswers(as(Tokens.COORDINATOR_08).get(location).then().statusCode(200)
                    .header("ETag", "\"0\"")
                    .body("id", equalTo(id)), write.answers());
        }

        @Test
        @ContractDisplayName("GET {kalmar}/{id} returns it with its version as ETag")
        void shouldGet() {
            assumeOffered(GET);
            assertAnswers(as(Tokens.COORDINATOR_08).get(one(kalmar, kalmarId)).then().statusCode(200)
                    .contentType(ContentType.JSON)
                    .header("ETag", "\"0\"")
                    .body("id", equalTo(kalmarId))
                    .body("countyCode", equalTo("08"))
                    .body("version", is(0)), kalmarObject.answers());
        }

        @Test
        @DisplayName("PUT with the current If-Match replaces every field and answers ETag \"1\" and a later updatedAt")
        void shouldReplace() {
            assumeOffered(REPLACE, GET);
            Write replacement = replacement();
            Response before = readIn("08", kalmarId);
            Response replaced = as(Tokens.COORDINATOR_08).contentType(ContentType.JSON).header("If-Match", "\"0\"")
                    .body(replacement.body())
                    .put(one(kalmar, kalmarId));
            assertAnswers(replaced.then().statusCode(200)
                    .header("ETag", "\"1\"")
                    .body("version", is(1))
                    .body("createdAt", equalTo(before.path("createdAt")))
                    .body("createdBy", equalTo(before.path("createdBy"))), replacement.answers());
            assertTrue(Instant.parse(replaced.path("updatedAt")).isAfter(Instant.parse(before.path("updatedAt"))),
                    "updatedAt did not move on");

            Response after = readIn("08", kalmarId);
            after.then().header("ETag", "\"1\"");
            assertEquals(replaced.as(Map.class), after.as(Map.class), "PUT answered other than a later GET reads");
        }

        @Test
        @DisplayName("PATCH (merge patch) with the current If-Match changes only the fields sent; null removes one")
        void shouldMergePatch() {
            assumeOffered(PATCH, GET);
            Write change = changingPatch();
            assertAnswers(mergePatch(as(Tokens.COORDINATOR_08), change.body()).header("If-Match", "\"0\"")
                    .patch(one(kalmar, kalmarId))
                    .then().statusCode(200)
                    .header("ETag", "\"1\""), answersAfter(change));

            Write removal = removingPatch();
            assertAnswers(mergePatch(as(Tokens.COORDINATOR_08), removal.body()).header("If-Match", "\"1\"")
                    .patch(one(kalmar, kalmarId))
                    .then().statusCode(200)
                    .header("ETag", "\"2\""), answersAfter(change, removal));

            assertAnswers(readIn("08", kalmarId).then().header("ETag", "\"2\""), answersAfter(change, removal));
        }

        @Test
        @DisplayName("DELETE with the current If-Match removes it: GET is 404, the list has it no more, nor do PUT, PATCH or DELETE")
        void shouldDelete() {
            assumeOffered(DELETE, GET);
            long before = countIn("08");
            as(Tokens.COORDINATOR_08).header("If-Match", "\"0\"").delete(one(kalmar, kalmarId))
                    .then().statusCode(204);

            as(Tokens.COORDINATOR_08).get(one(kalmar, kalmarId)).then().spec(problem(404));
            if (offers(LIST)) {
                as(Tokens.COORDINATOR_08).get(API + kalmar).then().statusCode(200)
                        .body("items.id", not(hasItem(kalmarId)));
                assertEquals(before - 1, countIn("08"));
            }
            for (String version : List.of("\"0\"", "\"1\"")) {
                for (Operation write : List.of(REPLACE, PATCH, DELETE)) {
                    write.call(as(Tokens.COORDINATOR_08), kalmar, kalmarId, validWrite(), version)
                            .then().spec(problem(404));
                }
            }
        }

        @Test
        @DisplayName("PUT of the values it has answers 200 with ETag \"0\": no new version, no history entry")
        void shouldNotVersionUnchangedReplace() {
            assumeOffered(REPLACE);
            long lastEvent = Database.lastChangeEvent();
            as(Tokens.COORDINATOR_08).contentType(ContentType.JSON).header("If-Match", "\"0\"")
                    .body(kalmarObject.body())
                    .put(one(kalmar, kalmarId))
                    .then().statusCode(200).header("ETag", "\"0\"").body("version", is(0));
            assertEquals(lastEvent, Database.lastChangeEvent(), "an unchanged replace wrote a change event");
            if (offers(HISTORY)) {
                as(Tokens.COORDINATOR_08).get(one(kalmar, kalmarId) + "/history").then().statusCode(200)
                        .body("totalItems", is(1)).body("items.action", contains("CREATED"));
            }
        }

        @ParameterizedTest(name = "{0} without If-Match returns 428 and changes nothing")
        @MethodSource("versionedInKalmar")
        void shouldRequireIfMatch(Operation operation) {
            assumeCase(operation);
            Snapshot before = snapshot();
            operation.call(as(Tokens.COORDINATOR_08), kalmar, kalmarId, validWrite(), null)
                    .then().spec(problem(428));
            assertNothingWritten(before);
        }

        @ParameterizedTest(name = "{0} with a stale If-Match \"7\" returns 412 and changes nothing")
        @MethodSource("versionedInKalmar")
        void shouldRefuseStaleIfMatch(Operation operation) {
            assumeCase(operation);
            Snapshot before = snapshot();
            operation.call(as(Tokens.COORDINATOR_08), kalmar, kalmarId, validWrite(), "\"7\"")
                    .then().spec(problem(412));
            assertNothingWritten(before);
        }

        @ParameterizedTest(name = "{0} with the version read before someone else's update returns 412")
        @MethodSource("versionedInKalmar")
        void shouldRefuseVersionBeforeUpdate(Operation operation) {
            assumeCase(operation);
            assumeOffered(PATCH, GET);
            Write change = changingPatch();
            mergePatch(as(Tokens.COORDINATOR_0810), change.body()).header("If-Match", "\"0\"")
                    .patch(one(kalmar, kalmarId)).then().statusCode(200).header("ETag", "\"1\"");

            operation.call(as(Tokens.COORDINATOR_08), kalmar, kalmarId, validWrite(), "\"0\"")
                    .then().spec(problem(412));

            assertAnswers(readIn("08", kalmarId).then().header("ETag", "\"1\""), answersAfter(change));
        }

        @Test
        @DisplayName("PUT with an If-Match that is no ETag (abc) returns 400 naming If-Match")
        void shouldRefuseMalformedIfMatch() {
            assumeOffered(REPLACE);
            Snapshot before = snapshot();
            REPLACE.call(as(Tokens.COORDINATOR_08), kalmar, kalmarId, validWrite(), "abc")
                    .then().spec(problem(400)).body("errors.field", contains("If-Match"));
            assertNothingWritten(before);
        }

        @ParameterizedTest(name = "{0} with If-Match \"-1\" returns 400 naming If-Match: no version, and not *")
        @MethodSource("versionedInKalmar")
        void shouldRefuseNegativeIfMatch(Operation operation) {
            assumeCase(operation);
            Snapshot before = snapshot();
            operation.call(as(Tokens.COORDINATOR_08), kalmar, kalmarId, validWrite(), "\"-1\"")
                    .then().spec(problem(400)).body("errors.field", contains("If-Match"));
            assertNothingWritten(before);
        }

        @Test
        @ContractDisplayName("GET {kalmar}/{unknown id} and its history (also page=1&total=false) return 404 problem")
        void shouldNotGetUnknown() {
            assumeOffered(GET);
            String unknown = UUID.randomUUID().toString();
            as(Tokens.COORDINATOR_08).get(one(kalmar, unknown)).then().spec(problem(404, one(kalmar, unknown)));
            if (offers(HISTORY)) {
                as(Tokens.COORDINATOR_08).get(one(kalmar, unknown) + "/history")
                        .then().spec(problem(404, one(kalmar, unknown) + "/history"));
                // a later page without a total cannot tell by its count: it was a 200 of nothing
                as(Tokens.COORDINATOR_08).queryParam("page", 1).queryParam("total", false)
                        .get(one(kalmar, unknown) + "/history").then().spec(problem(404));
            }
        }

        @ParameterizedTest(name = "{0} returns 404, as for an unknown id, and changes nothing")
        @MethodSource("blekingeObjectUnderKalmar")
        void shouldNotFindBlekingeObject(Operation operation) {
            assumeCase(operation);
            assertBlekingeObjectUnknownInKalmar(Tokens.COORDINATOR_08, operation);
        }

        @ParameterizedTest(name = "{0} with If-Match: * is allowed, whatever the current version (RFC 9110)")
        @MethodSource("versionedInKalmar")
        void shouldAcceptIfMatchAny(Operation operation) {
            assumeCase(operation);
            assumeOffered(PATCH);
            mergePatch(as(Tokens.COORDINATOR_0810), changingPatch().body()).header("If-Match", "\"0\"")
                    .patch(one(kalmar, kalmarId)).then().statusCode(200).header("ETag", "\"1\"");
            Response answer = operation.call(as(Tokens.COORDINATOR_08), kalmar, kalmarId, validWrite(), "*");
            answer.then().statusCode(operation.success());
            if (operation != DELETE) {
                answer.then().header("ETag", "\"2\"");
            }
        }

        @Test
        @DisplayName("GET …/{id}/history shows CREATED, UPDATED and DELETED in order, with actors, versions and states")
        void shouldKeepHistory() {
            assumeOffered(HISTORY, PATCH, DELETE);
            Write change = changingPatch();
            mergePatch(as(Tokens.COORDINATOR_0810), change.body()).header("If-Match", "\"0\"")
                    .patch(one(kalmar, kalmarId)).then().statusCode(200).header("ETag", "\"1\"");
            ValidatableResponse beforeDelete = as(Tokens.COORDINATOR_08).get(one(kalmar, kalmarId) + "/history")
                    .then().statusCode(200).body("totalItems", is(2));
            assertAnswers(beforeDelete, "items[0].state.", kalmarObject.answers());
            assertAnswers(beforeDelete, "items[1].state.", answersAfter(change));

            as(Tokens.COORDINATOR_08).header("If-Match", "\"1\"").delete(one(kalmar, kalmarId))
                    .then().statusCode(204);

            String coordinator08 = subjectOf(Tokens.COORDINATOR_08);
            String coordinator0810 = subjectOf(Tokens.COORDINATOR_0810);
            Response history = as(Tokens.COORDINATOR_08).get(one(kalmar, kalmarId) + "/history");
            history.then().statusCode(200)
                    .body("totalItems", is(3))
                    .body("items.action", contains("CREATED", "UPDATED", "DELETED"))
                    .body("items.version", contains(0, 1, 2))
                    .body("items.actor.name", contains("coordinator-08", "coordinator-0810", "coordinator-08"))
                    .body("items.actor.subject", contains(coordinator08, coordinator0810, coordinator08))
                    .body("items.resourceId", everyItem(equalTo(kalmarId)))
                    .body("items.resourceType", everyItem(equalTo(resourceType())))
                    .body("items.occurredAt", everyItem(notNullValue()))
                    .body("items[0].state.id", equalTo(kalmarId))
                    .body("items[1].state.id", equalTo(kalmarId))
                    .body("items[2].state", nullValue());
            assertStrictlyIncreasing(history.jsonPath().getList("items.sequence", Long.class));
            assertStatesAfterDelete(history, change);

            if (rights.importer(HISTORY) == Scope.ANY) {
                as(Tokens.IMPORTER_08).get(one(kalmar, kalmarId) + "/history").then().statusCode(200)
                        .body("totalItems", is(3)).body("items.action", contains("CREATED", "UPDATED", "DELETED"));
            }
        }

        @Test
        @DisplayName("createdBy stays the creator's subject while updatedBy becomes the last writer's")
        void shouldStampWriters() {
            assumeOffered(GET, PATCH);
            Response before = readIn("08", kalmarId);
            before.then().body("createdBy", equalTo(subjectOf(Tokens.COORDINATOR_08)))
                    .body("updatedBy", equalTo(subjectOf(Tokens.COORDINATOR_08)));

            Write change = changingPatch();
            mergePatch(as(Tokens.COORDINATOR_0810), change.body()).header("If-Match", "\"0\"")
                    .patch(one(kalmar, kalmarId)).then().statusCode(200);

            Response after = readIn("08", kalmarId);
            assertAnswers(after.then()
                    .body("createdBy", equalTo(subjectOf(Tokens.COORDINATOR_08)))
                    .body("updatedBy", equalTo(subjectOf(Tokens.COORDINATOR_0810)))
                    .body("createdAt", equalTo(before.path("createdAt"))), answersAfter(change));
            assertTrue(Instant.parse(after.path("updatedAt")).isAfter(Instant.parse(before.path("updatedAt"))),
                    "updatedAt did not move on");
        }
    }

    @Nested
    @DisplayName("With bad input (as coordinator-08)")
    class WithBadInput extends Group {

        Stream<Arguments> badBodyCases() {
            return orSkip(offers(CREATE) || offers(REPLACE) ? badBodies() : Stream.empty(), 2);
        }

        Stream<Arguments> badPatchCases() {
            return orSkip(offers(PATCH) ? badPatches() : Stream.empty(), 2);
        }

        Stream<Arguments> malformedBodyCases() {
            return orSkip(offers(CREATE) ? malformedBodies().map(Arguments::of) : Stream.empty(), 1);
        }

        Stream<Arguments> malformedPatchCases() {
            return orSkip(offers(PATCH) ? malformedPatches().map(Arguments::of) : Stream.empty(), 1);
        }

        /** Paging and sorting every list has, then the resource's own filters; each named as the whole GET. */
        Stream<Arguments> badQueryCases() {
            String name = resource.nameField();
            Stream<Arguments> paging = Stream.of(
                    arguments("page=abc", "page"),
                    arguments("page=-1", "page"),
                    arguments("size=500", "size"),
                    arguments("size=0", "size"),
                    arguments("size=-5", "size"),
                    arguments("size=ten", "size"),
                    arguments("total=maybe", "total"),
                    arguments("sort=bogus,asc", "sort"),
                    arguments("sort=" + name + ",sideways", "sort"),
                    arguments("sort=" + name + ",up", "sort"),
                    arguments("sort=" + name + ",asc,again", "sort"));
            if (!offers(LIST)) {
                return orSkip(Stream.empty(), 2);
            }
            String list = fillIn("{kalmar}", resource);
            return Stream.concat(paging, badFilters()).map(Arguments::get)
                    .map(query -> arguments(Named.of("GET " + list + "?" + query[0], query[0]), query[1]));
        }

        @ParameterizedTest(name = "POST with {0} returns 400 naming {1} and writes nothing")
        @MethodSource("badBodyCases")
        void shouldRefuseBadCreate(String json, String field) {
            assumeCase(json);
            assumeOffered(CREATE);
            String body = resolve(json);
            Snapshot before = snapshot();
            as(Tokens.COORDINATOR_08).contentType(ContentType.JSON).body(body).post(API + kalmar)
                    .then().spec(problem(400)).body("errors.field", contains(field));
            assertNothingWritten(before);
        }

        @ParameterizedTest(name = "PUT with {0} returns 400 naming {1} and changes nothing")
        @MethodSource("badBodyCases")
        void shouldRefuseBadReplace(String json, String field) {
            assumeCase(json);
            assumeOffered(REPLACE);
            String body = resolve(json);
            Snapshot before = snapshot();
            as(Tokens.COORDINATOR_08).contentType(ContentType.JSON).header("If-Match", "\"0\"").body(body)
                    .put(one(kalmar, kalmarId))
                    .then().spec(problem(400)).body("errors.field", contains(field));
            assertNothingWritten(before);
        }

        @ParameterizedTest(name = "PATCH with {0} returns 400 naming {1} and changes nothing")
        @MethodSource("badPatchCases")
        void shouldRefuseBadPatch(String json, String field) {
            assumeCase(json);
            assumeOffered(PATCH);
            String body = resolve(json);
            Snapshot before = snapshot();
            mergePatch(as(Tokens.COORDINATOR_08), body).header("If-Match", "\"0\"").patch(one(kalmar, kalmarId))
                    .then().spec(problem(400)).body("errors.field", contains(field));
            assertNothingWritten(before);
        }

        @ParameterizedTest(name = "POST with the body {0} returns 400 and writes nothing")
        @MethodSource("malformedBodyCases")
        void shouldRefuseMalformedCreate(String json) {
            assumeCase(json);
            assumeOffered(CREATE);
            Snapshot before = snapshot();
            as(Tokens.COORDINATOR_08).contentType(ContentType.JSON).body(json).post(API + kalmar)
                    .then().spec(problem(400));
            assertNothingWritten(before);
        }

        @ParameterizedTest(name = "PATCH with the body {0} returns 400 and changes nothing")
        @MethodSource("malformedPatchCases")
        void shouldRefuseMalformedPatch(String json) {
            assumeCase(json);
            assumeOffered(PATCH);
            Snapshot before = snapshot();
            mergePatch(as(Tokens.COORDINATOR_08), json).header("If-Match", "\"0\"").patch(one(kalmar, kalmarId))
                    .then().spec(problem(400));
            assertNothingWritten(before);
        }

        @Test
        @DisplayName("PATCH setting a field the resource does not have to null returns 400 naming it and changes nothing")
        void shouldRefuseRemovingUnknownField() {
            assumeOffered(PATCH);
            Snapshot before = snapshot();
            mergePatch(as(Tokens.COORDINATOR_08), "{\"colour\": null}").header("If-Match", "\"0\"")
                    .patch(one(kalmar, kalmarId)).then().spec(problem(400)).body("errors.field", contains("colour"))
                    .body("errors.message", contains("unknown field"));
            assertNothingWritten(before);
        }

        @Test
        @DisplayName("POST, PUT and PATCH with Content-Type text/plain return 415 problem and write nothing")
        void shouldRefuseTextPlain() {
            assumeOffered(CREATE, REPLACE, PATCH);
            Snapshot before = snapshot();
            String json = Fixtures.toJson(validWrite());
            as(Tokens.COORDINATOR_08).contentType(ContentType.TEXT).body(json).post(API + kalmar)
                    .then().spec(problem(415));
            as(Tokens.COORDINATOR_08).contentType(ContentType.TEXT).header("If-Match", "\"0\"").body(json)
                    .put(one(kalmar, kalmarId)).then().spec(problem(415));
            as(Tokens.COORDINATOR_08).contentType(ContentType.TEXT).header("If-Match", "\"0\"").body(json)
                    .patch(one(kalmar, kalmarId)).then().spec(problem(415));
            assertNothingWritten(before);
        }

        @Test
        @DisplayName("POST, PUT and PATCH with a field named twice in the body return 400 naming it and write nothing")
        void shouldRefuseDuplicateField() {
            assumeTrue(offers(CREATE) || offers(REPLACE) || offers(PATCH), "writes nothing");
            Map<String, Object> write = validWrite();
            assumeTrue(!write.isEmpty(), "takes no body");
            Snapshot before = snapshot();
            String last = List.copyOf(write.keySet()).getLast();
            // every field of the shape first, then the last again: the order that reached the creator twice (500)
            String json = Fixtures.toJson(write);
            String twice = json.substring(0, json.lastIndexOf('}')) + ", \"" + last + "\": "
                    + Fixtures.toJson(write.get(last)) + "}";
            if (offers(CREATE)) {
                as(Tokens.COORDINATOR_08).contentType(ContentType.JSON).body(twice).post(API + kalmar)
                        .then().spec(problem(400, API + kalmar)).body("errors.field", contains(last))
                        .body("errors.message", contains("appears more than once in its object"));
            }
            if (offers(REPLACE)) {
                as(Tokens.COORDINATOR_08).contentType(ContentType.JSON).header("If-Match", "\"0\"").body(twice)
                        .put(one(kalmar, kalmarId)).then().spec(problem(400)).body("errors.field", contains(last));
            }
            if (offers(PATCH)) {
                String patch = "{\"" + last + "\": " + Fixtures.toJson(write.get(last)) + ", \"" + last + "\": null}";
                mergePatch(as(Tokens.COORDINATOR_08), patch).header("If-Match", "\"0\"").patch(one(kalmar, kalmarId))
                        .then().spec(problem(400)).body("errors.field", contains(last));
            }
            assertNothingWritten(before);
        }

        @Test
        @DisplayName("POST, PUT and PATCH with the externalId another object of the county carries return 409 naming it and write nothing")
        void shouldRefuseAnotherObjectsExternalId() {
            assumeTrue(Rights.IMPORTABLE.contains(nameOf(resource)), "carries no externalId");
            String key = "nyckel-" + Fixtures.marker();
            Map<String, Object> carrier = new LinkedHashMap<>(validWrite());
            carrier.put("externalId", key);
            String carrierId = createIn("08", carrier);
            Snapshot before = snapshot();
            Map<String, Object> body = new LinkedHashMap<>(validWrite());
            body.put("externalId", " " + key + " ");
            if (offers(CREATE)) {
                as(Tokens.COORDINATOR_08).contentType(ContentType.JSON).body(body).post(API + kalmar)
                        .then().spec(problem(409, API + kalmar)).body("errors.field", contains("externalId"))
                        .body("errors.message", contains("is carried by " + carrierId));
            }
            if (offers(REPLACE)) {
                as(Tokens.COORDINATOR_08).contentType(ContentType.JSON).header("If-Match", "\"0\"").body(body)
                        .put(one(kalmar, kalmarId)).then().spec(problem(409)).body("errors.field", contains("externalId"));
            }
            if (offers(PATCH)) {
                mergePatch(as(Tokens.COORDINATOR_08), Map.of("externalId", key)).header("If-Match", "\"0\"")
                        .patch(one(kalmar, kalmarId)).then().spec(problem(409)).body("errors.field", contains("externalId"));
            }
            assertNothingWritten(before);
            // the object that carries it may be written with it again
            if (offers(PATCH)) {
                mergePatch(as(Tokens.COORDINATOR_08), Map.of("externalId", key)).header("If-Match", "\"0\"")
                        .patch(one(kalmar, carrierId)).then().statusCode(200).body("externalId", equalTo(key));
            }
        }

        /** Each date (YYYY-MM-DD) or instant of a valid write, with a year PostgreSQL cannot store instead. */
        Stream<Arguments> dateFields() {
            if (!offers(CREATE) && !offers(PATCH)) {
                return orSkip(Stream.empty(), 2);
            }
            return orSkip(validWrite().entrySet().stream()
                    .filter(e -> e.getValue() instanceof String text && text.matches("\\d{4}-\\d{2}-\\d{2}.*"))
                    .map(e -> arguments(Named.of(e.getKey(), e.getKey()),
                            ((String) e.getValue()).length() == 10 ? "+300000-01-01" : "+300000-01-01T10:00:00Z")), 2);
        }

        @ParameterizedTest(name = "POST and PATCH with the year 300000 in {0} return 400 naming it and write nothing")
        @MethodSource("dateFields")
        void shouldRefuseYearBeyond9999(String field, String value) {
            assumeCase(field);
            Snapshot before = snapshot();
            Map<String, Object> body = new LinkedHashMap<>(validWrite());
            body.put(field, value);
            if (offers(CREATE)) {
                as(Tokens.COORDINATOR_08).contentType(ContentType.JSON).body(body).post(API + kalmar)
                        .then().spec(problem(400, API + kalmar)).body("errors.field", contains(field));
            }
            if (offers(PATCH)) {
                mergePatch(as(Tokens.COORDINATOR_08), Map.of(field, value)).header("If-Match", "*")
                        .patch(one(kalmar, kalmarId))
                        .then().spec(problem(400, one(kalmar, kalmarId))).body("errors.field", contains(field));
            }
            assertNothingWritten(before);
        }

        @ParameterizedTest(name = "{0} returns 400 naming {1}")
        @MethodSource("badQueryCases")
        void shouldRefuseBadQuery(String query, String field) {
            assumeCase(query);
            as(Tokens.COORDINATOR_08).get(API + kalmar + "?" + query)
                    .then().spec(problem(400)).body("errors.field", contains(field));
        }

        @Test
        @DisplayName("GET …/{id}/history?size=500 returns 400 naming size")
        void shouldRefuseBadHistoryPaging() {
            assumeOffered(HISTORY);
            as(Tokens.COORDINATOR_08).queryParam("size", 500).get(one(kalmar, kalmarId) + "/history")
                    .then().spec(problem(400)).body("errors.field", contains("size"));
        }
    }

    @Nested
    @DisplayName("Lists (as coordinator-08)")
    class Lists {

        @Test
        @ContractDisplayName("GET {kalmar} pages: {items, page, size, totalItems, totalPages, hasNext}; total=false counts nothing")
        void shouldPage() {
            assumeOffered(LIST);
            assumeTrue(!resource.nameField().isEmpty(), "the list has no name to search and sort by");
            String marker = marker();
            for (String name : List.of("Cederträ", "Aspen", "Björken")) {
                createIn("08", newObject("08", name + " " + marker));
            }
            String names = "items." + resource.nameField();
            as(Tokens.COORDINATOR_08).queryParam("q", marker).queryParam("size", 2).get(API + kalmar)
                    .then().statusCode(200)
                    .body("page", is(0))
                    .body("size", is(2))
                    .body("totalItems", is(3))
                    .body("totalPages", is(2))
                    .body("hasNext", is(true))
                    .body(names, contains("Aspen " + marker, "Björken " + marker));
            as(Tokens.COORDINATOR_08).queryParam("q", marker).queryParam("size", 2).queryParam("page", 1)
                    .get(API + kalmar)
                    .then().statusCode(200)
                    .body("page", is(1))
                    .body("totalItems", is(3))
                    .body("hasNext", is(false))
                    .body(names, contains("Cederträ " + marker));
            as(Tokens.COORDINATOR_08).queryParam("q", marker).queryParam("size", 2).queryParam("page", 5)
                    .get(API + kalmar)
                    .then().statusCode(200)
                    .body("items.size()", is(0)).body("totalItems", is(3)).body("hasNext", is(false));
            // total=false: the same pages, uncounted
            as(Tokens.COORDINATOR_08).queryParam("q", marker).queryParam("size", 2).queryParam("total", false)
                    .get(API + kalmar)
                    .then().statusCode(200)
                    .body("totalItems", is(nullValue())).body("totalPages", is(nullValue()))
                    .body("hasNext", is(true))
                    .body(names, contains("Aspen " + marker, "Björken " + marker));
            as(Tokens.COORDINATOR_08).queryParam("q", marker).queryParam("size", 2).queryParam("page", 1)
                    .queryParam("total", false).get(API + kalmar)
                    .then().statusCode(200)
                    .body("totalItems", is(nullValue())).body("hasNext", is(false))
                    .body(names, contains("Cederträ " + marker));
            as(Tokens.COORDINATOR_08).queryParam("q", marker).get(API + kalmar)
                    .then().statusCode(200)
                    .body("page", is(0)).body("size", is(20)).body("totalPages", is(1)).body("items.size()", is(3));
        }

        @Test
        @ContractDisplayName("names sort in Swedish order: A … Z, Å, Ä, Ö; sort={name},desc reverses it")
        void shouldSortSwedish() {
            assumeOffered(LIST);
            assumeTrue(!resource.nameField().isEmpty(), "the list has no name to search and sort by");
            String marker = marker();
            for (String name : List.of("Ödeshög", "Zetterberg", "Ärla", "Alsterbro", "Åby")) {
                createIn("08", newObject("08", name + " " + marker));
            }
            List<String> swedish = Stream.of("Alsterbro", "Zetterberg", "Åby", "Ärla", "Ödeshög")
                    .map(name -> name + " " + marker).toList();
            String names = "items." + resource.nameField();

            as(Tokens.COORDINATOR_08).queryParam("q", marker).get(API + kalmar)
                    .then().statusCode(200).body(names, contains(swedish.toArray()));
            as(Tokens.COORDINATOR_08).queryParam("q", marker).queryParam("sort", resource.nameField() + ",asc")
                    .get(API + kalmar)
                    .then().statusCode(200).body(names, contains(swedish.toArray()));
            as(Tokens.COORDINATOR_08).queryParam("q", marker).queryParam("sort", resource.nameField() + ",desc")
                    .get(API + kalmar)
                    .then().statusCode(200).body(names, contains(swedish.reversed().toArray()));
        }

        @Test
        @ContractDisplayName("GET {blekinge} does not list a Kalmar {noun}")
        void shouldListOnlyTheCounty() {
            assumeOffered(LIST);
            assumeTrue(!resource.nameField().isEmpty(), "the list has no name to search and sort by");
            as(Tokens.COORDINATOR_0810).queryParam("q", kalmarName()).get(API + blekinge)
                    .then().statusCode(200).body("items.id", not(hasItem(kalmarId)));
            as(Tokens.COORDINATOR_0810).queryParam("q", kalmarName()).get(API + kalmar)
                    .then().statusCode(200).body("items.id", contains(kalmarId));
        }
    }

    /** The arguments, or one case of {@code arity} nulls that the test skips when there are none. */
    static Stream<Arguments> orSkip(Stream<Arguments> cases, int arity) {
        List<Arguments> list = cases.toList();
        if (!list.isEmpty()) {
            return list.stream();
        }
        Object[] none = new Object[arity];
        none[0] = Named.of("(none for this resource)", null);
        return Stream.of(Arguments.of(none));
    }

    @Nested
    @DisplayName("As coordinator of Blekinge (coordinator-10)")
    class AsCoordinatorOfBlekinge extends RefusedEverything {

        AsCoordinatorOfBlekinge() {
            super(Tokens.COORDINATOR_10);
        }

        @ParameterizedTest(name = "{0} returns 404, as for an unknown id, and changes nothing")
        @MethodSource("kalmarObjectUnderBlekinge")
        void shouldNotFindKalmarObject(Operation operation) {
            assumeCase(operation);
            assertKalmarObjectUnknownInBlekinge(Tokens.COORDINATOR_10, operation);
        }

        @ParameterizedTest(name = "{0} is allowed")
        @MethodSource("everyOperationInBlekinge")
        void shouldAllowBlekinge(Operation operation) {
            assumeCase(operation);
            String blekingeId = createIn("10", newObject("10", "Ronneby " + marker()));
            assertAllowed(Tokens.COORDINATOR_10, operation, blekinge, blekingeId);
        }
    }

    @Nested
    @DisplayName("As coordinator of Stockholm (coordinator-01)")
    class AsCoordinatorOfStockholm extends RefusedEverything {

        AsCoordinatorOfStockholm() {
            super(Tokens.COORDINATOR_01);
        }
    }

    @Nested
    @DisplayName("As coordinator of Kalmar and Blekinge (coordinator-0810)")
    class AsTwoCountyCoordinator extends Persona {

        AsTwoCountyCoordinator() {
            super(Tokens.COORDINATOR_0810, operation -> Outcome.ALLOWED);
        }

        @ParameterizedTest(name = "{0} is allowed")
        @MethodSource("everyOperationInBlekinge")
        void shouldAllowBlekinge(Operation operation) {
            assumeCase(operation);
            String blekingeId = createIn("10", newObject("10", "Sölvesborg " + marker()));
            assertAllowed(Tokens.COORDINATOR_0810, operation, blekinge, blekingeId);
        }

        @ParameterizedTest(name = "{0} returns 404, as for an unknown id, and changes nothing")
        @MethodSource("kalmarObjectUnderBlekinge")
        void shouldNotFindKalmarObjectUnderBlekinge(Operation operation) {
            assumeCase(operation);
            assertKalmarObjectUnknownInBlekinge(Tokens.COORDINATOR_0810, operation);
        }
    }

    @Nested
    @DisplayName("As member in Kalmar (member-08), with the rights of the design's table")
    class AsMemberOfKalmar extends KalmarPersona {

        AsMemberOfKalmar() {
            super(Tokens.MEMBER_08, CountyResourceContract.this::memberOutcome);
        }
    }

    @Nested
    @DisplayName("As another member in Kalmar (member2-08), with the same rights")
    class AsSecondMemberOfKalmar extends KalmarPersona {

        AsSecondMemberOfKalmar() {
            super(Tokens.MEMBER2_08, CountyResourceContract.this::memberOutcome);
        }
    }

    @Nested
    @DisplayName("As importer of Kalmar (importer-08 service account), with the rights of the design's table")
    class AsImporterOfKalmar extends KalmarPersona {

        AsImporterOfKalmar() {
            super(Tokens.IMPORTER_08, CountyResourceContract.this::importerOutcome);
        }
    }

    @Nested
    @DisplayName("As national analyst (analyst)")
    class AsAnalyst extends RefusedEverything {

        AsAnalyst() {
            super(Tokens.ANALYST);
        }
    }

    @Nested
    @DisplayName("As admin (admin)")
    class AsAdmin extends RefusedEverything {

        AsAdmin() {
            super(Tokens.ADMIN);
        }
    }

    @Nested
    @DisplayName("Without a valid token")
    class WithoutToken extends Group {

        @ParameterizedTest(name = "{0} without a token returns 401 and changes nothing")
        @MethodSource("everyOperationInKalmar")
        void shouldRequireToken(Operation operation) {
            assumeCase(operation);
            Snapshot before = snapshot();
            operation.call(RestAssured.given(), kalmar, kalmarId, validWrite())
                    .then().spec(problem(401, API + operation.path(kalmar, kalmarId)))
                    .header("WWW-Authenticate", startsWith("Bearer"));
            assertNothingWritten(before);
        }

        @ParameterizedTest(name = "{0} with a garbage bearer token returns 401 and changes nothing")
        @MethodSource("everyOperationInKalmar")
        void shouldRefuseGarbageToken(Operation operation) {
            assumeCase(operation);
            Snapshot before = snapshot();
            operation.call(Fixtures.withGarbageToken(), kalmar, kalmarId, validWrite())
                    .then().spec(problem(401, API + operation.path(kalmar, kalmarId)))
                    .header("WWW-Authenticate", startsWith("Bearer"));
            assertNothingWritten(before);
        }
    }

    @Nested
    @DisplayName("With a bad or unknown county code (as coordinator-08)")
    class WithBadCountyCode extends Group {

        @ParameterizedTest(name = "{0} with county 8 or ab returns 400 naming cc, with 99 404, and writes nothing")
        @MethodSource("everyOperationInKalmar")
        void shouldRefuseCountyCode(Operation operation) {
            assumeCase(operation);
            Snapshot before = snapshot();
            for (Map.Entry<String, Integer> code : Map.of("8", 400, "ab", 400, "99", 404).entrySet()) {
                String collection = kalmar.replace("/counties/08/", "/counties/" + code.getKey() + "/");
                ValidatableResponse answer = operation.call(as(Tokens.COORDINATOR_08), collection, kalmarId,
                        validWrite()).then().spec(problem(code.getValue(), API + operation.path(collection, kalmarId)));
                if (code.getValue() == 400) {
                    answer.body("errors.field", contains("cc"));
                }
            }
            assertNothingWritten(before);
        }
    }

    @Nested
    @DisplayName("With text PostgreSQL cannot store (NUL, U+0000) (as coordinator-08)")
    class WithUnstorableText extends Group {

        /** Each text field of a valid write, with a NUL inside its value. */
        Stream<Arguments> textFields() {
            if (!offers(CREATE) && !offers(PATCH)) {
                return orSkip(Stream.empty(), 1);
            }
            return orSkip(validWrite().entrySet().stream().filter(e -> e.getValue() instanceof String)
                    .map(e -> arguments(Named.of(e.getKey(), e.getKey()))), 1);
        }

        @ParameterizedTest(name = "POST and PATCH with a NUL in {0} return 400 naming it and write nothing")
        @MethodSource("textFields")
        void shouldRefuseNulInBody(String field) {
            assumeCase(field);
            Snapshot before = snapshot();
            Map<String, Object> body = new LinkedHashMap<>(validWrite());
            body.put(field, "Kal\u0000mar " + body.get(field));
            if (offers(CREATE)) {
                as(Tokens.COORDINATOR_08).contentType(ContentType.JSON).body(body).post(API + kalmar)
                        .then().spec(problem(400, API + kalmar)).body("errors.field", contains(field));
            }
            if (offers(PATCH)) {
                mergePatch(as(Tokens.COORDINATOR_08), Map.of(field, "Kal\u0000mar")).header("If-Match", "\"0\"")
                        .patch(one(kalmar, kalmarId))
                        .then().spec(problem(400, one(kalmar, kalmarId))).body("errors.field", contains(field));
            }
            assertNothingWritten(before);
        }

        @Test
        @ContractDisplayName("GET {kalmar}?q=%00 returns 400 naming q")
        void shouldRefuseNulInQuery() {
            assumeOffered(LIST);
            as(Tokens.COORDINATOR_08).queryParam("q", "\u0000").get(API + kalmar)
                    .then().spec(problem(400, API + kalmar)).body("errors.field", contains("q"));
            as(Tokens.COORDINATOR_08).queryParam("q", "Kalmar\u0000").queryParam("size", 5).get(API + kalmar)
                    .then().spec(problem(400, API + kalmar)).body("errors.field", contains("q"));
        }

        @Test
        @ContractDisplayName("GET {kalmar}/%00 returns 400 naming id, PUT and DELETE too, and nothing is written")
        void shouldRefuseNulInPath() {
            assumeOffered(GET);
            Snapshot before = snapshot();
            as(Tokens.COORDINATOR_08).get(API + kalmar + "/{id}", "\u0000")
                    .then().spec(problem(400)).body("errors.field", contains("id"));
            if (offers(REPLACE)) {
                as(Tokens.COORDINATOR_08).contentType(ContentType.JSON).header("If-Match", "\"0\"")
                        .body(validWrite()).put(API + kalmar + "/{id}", "a\u0000b")
                        .then().spec(problem(400)).body("errors.field", contains("id"));
            }
            if (offers(DELETE)) {
                as(Tokens.COORDINATOR_08).header("If-Match", "\"0\"").delete(API + kalmar + "/{id}", "\u0000")
                        .then().spec(problem(400)).body("errors.field", contains("id"));
            }
            assertNothingWritten(before);
        }

        @Test
        @DisplayName("a NUL in the parent's id returns 400 naming the path parameter")
        void shouldRefuseNulInParentPath() {
            assumeTrue(!resource.parent().isEmpty(), "not a nested resource");
            String path = kalmar.replace(kalmarParentId, "{parent}");
            Operation first = Arrays.stream(Operation.values()).filter(CountyResourceContract.this::offers)
                    .findFirst().orElseThrow();
            assumeTrue(first == LIST || first == GET, "lists or reads nothing");
            as(Tokens.COORDINATOR_08).get(API + first.path(path, kalmarId), "\u0000")
                    .then().spec(problem(400)).body("errors.field", not(empty()));
        }
    }

    @Nested
    @DisplayName("Operations the resource does not offer (as coordinator-08)")
    class OperationsNotOffered extends Group {

        @ParameterizedTest(name = "{0} returns 405 problem with Allow (404 where nothing has the path)")
        @MethodSource("notOfferedInKalmar")
        void shouldNotAllow(Operation operation) {
            assumeCase(operation);
            Snapshot before = snapshot();
            Response answer = operation.call(as(Tokens.COORDINATOR_08), kalmar, kalmarId, validWrite());
            boolean pathExists = offered.stream().anyMatch(operation::samePathAs);
            if (pathExists) {
                answer.then().spec(problem(405, API + operation.path(kalmar, kalmarId)))
                        .header("Allow", not(containsWord(operation.method())));
            } else {
                answer.then().spec(problem(404, API + operation.path(kalmar, kalmarId)));
            }
            assertNothingWritten(before);
        }
    }

    private static Matcher<String> containsWord(String word) {
        return org.hamcrest.Matchers.matchesPattern("(?s).*\\b" + word + "\\b.*");
    }

    @Nested
    @DisplayName("Under another parent (as coordinator-08)")
    class UnderAnotherParent extends Group {

        @ParameterizedTest(name = "{0}, under another Kalmar parent, returns 404 as for an unknown id")
        @MethodSource("kalmarObjectUnderBlekinge")
        void shouldNotFindUnderAnotherParent(Operation operation) {
            assumeCase(operation);
            assumeTrue(!resource.parent().isEmpty(), "not a nested resource");
            String other = kalmar.replace(kalmarParentId, newParent("08"));
            Snapshot before = snapshot();
            String unknownId = UUID.randomUUID().toString();
            Response forKalmar = operation.call(as(Tokens.COORDINATOR_08), other, kalmarId, validWrite());
            Response forUnknown = operation.call(as(Tokens.COORDINATOR_08), other, unknownId, validWrite());
            assertSameAsUnknown(forKalmar, kalmarId, forUnknown, unknownId);
            assertNothingWritten(before);
        }

        @Test
        @ContractDisplayName("after DELETE {kalmar}/{id}, its history is 200 under its own parent and 404 under another Kalmar parent")
        void shouldKeepHistoryOfDeletedUnderItsParent() {
            assumeTrue(!resource.parent().isEmpty(), "not a nested resource");
            assumeOffered(DELETE, HISTORY);
            as(Tokens.COORDINATOR_08).header("If-Match", "\"0\"").delete(one(kalmar, kalmarId)).then().statusCode(204);
            as(Tokens.COORDINATOR_08).get(one(kalmar, kalmarId) + "/history").then().statusCode(200);
            String other = kalmar.replace(kalmarParentId, newParent("08"));
            as(Tokens.COORDINATOR_08).get(one(other, kalmarId) + "/history")
                    .then().spec(problem(404, one(other, kalmarId) + "/history"));
        }
    }

    @Nested
    @DisplayName("Ownership between two members (member-08 and member2-08)")
    class Ownership {

        @BeforeEach
        void onlyWhereMembersOwn() {
            assumeTrue(rights.memberOwnsSome(), "the table gives members no rights to their own objects only");
        }

        @Test
        @DisplayName("member-08 reads its own object and finds it in its list")
        void shouldReachOwn() {
            Placed own = ownedBy(Tokens.MEMBER_08);
            if (offers(GET) && rights.member(GET) != Scope.NONE) {
                as(Tokens.MEMBER_08).get(one(own.collection(), own.id())).then().statusCode(200)
                        .body("id", equalTo(own.id()));
            }
            if (offers(LIST) && rights.member(LIST) != Scope.NONE) {
                as(Tokens.MEMBER_08).queryParam("size", 200).get(API + own.collection()).then().statusCode(200)
                        .body("items.id", hasItem(own.id()));
            }
        }

        @Test
        @DisplayName("member2-08 does not reach member-08's object: 404 as if unknown, not listed, nothing written")
        void shouldNotReachAnothersOwn() {
            Placed own = ownedBy(Tokens.MEMBER_08);
            Snapshot before = snapshot();
            boolean readable = rights.member(GET) == Scope.ANY;
            for (Operation operation : List.of(GET, REPLACE, PATCH, DELETE, HISTORY)) {
                if (!offers(operation) || rights.member(operation) == Scope.NONE) {
                    continue;
                }
                Response answer = operation.call(as(Tokens.MEMBER2_08), own.collection(), own.id(), validWrite());
                if (operation == GET && readable) {
                    answer.then().statusCode(200);
                } else if (readable) {
                    answer.then().spec(problem(403, API + operation.path(own.collection(), own.id())));
                } else {
                    String unknownId = UUID.randomUUID().toString();
                    assertSameAsUnknown(answer, own.id(),
                            operation.call(as(Tokens.MEMBER2_08), own.collection(), unknownId, validWrite()),
                            unknownId);
                }
            }
            if (offers(LIST) && rights.member(LIST) == Scope.OWN) {
                Response list = as(Tokens.MEMBER2_08).queryParam("size", 200).get(API + own.collection());
                if (parentHiddenFromMember()) {
                    list.then().spec(problem(404, API + own.collection()));
                } else {
                    list.then().statusCode(200).body("items.id", not(hasItem(own.id())));
                }
            }
            assertEquals(before.lastChangeEvent(), Database.lastChangeEvent(), "member2-08 wrote something");
        }

        @Test
        @DisplayName("a member's create with a value the table does not give it (such as any action but REOPEN) is 403")
        void shouldRefuseValuesNotGiven() {
            assumeTrue(!rights.memberValues().isEmpty() && offers(CREATE), "no values are a coordinator's only");
            Placed own = ownedBy(Tokens.MEMBER_08);
            Map<String, Object> write = validWrite();
            List<String> outside = rights.memberValues().entrySet().stream()
                    .filter(e -> write.containsKey(e.getKey())
                            && !e.getValue().contains(String.valueOf(write.get(e.getKey()))))
                    .map(Map.Entry::getKey).toList();
            assertFalse(outside.isEmpty(), "validWrite() must use a value of " + rights.memberValues().keySet()
                    + " that a member may not, so that the refusal is tested");
            String collection = own.collection();
            long lastEvent = Database.lastChangeEvent();
            as(Tokens.MEMBER_08).contentType(ContentType.JSON).body(write).post(API + collection)
                    .then().spec(problem(403, API + collection));
            assertEquals(lastEvent, Database.lastChangeEvent(), "the refused create wrote something");
        }
    }

    @Nested
    @DisplayName("Fields and objects a member never sees")
    class HiddenFromMembers {

        @Test
        @ContractDisplayName("GET {kalmar}/{id} and the list show a member none of the fields the table hides, and q= by them finds nothing")
        void shouldHideFields() {
            Set<String> hidden = rights.fieldsHiddenFromMember();
            assumeTrue(!hidden.isEmpty(), "the table hides no field of " + nameOf(resource) + " from members");
            assumeTrue(rights.member(GET) == Scope.ANY && offers(GET), "members do not read others' objects");
            for (String member : List.of(Tokens.MEMBER_08, Tokens.MEMBER2_08)) {
                ValidatableResponse get = as(member).get(one(kalmar, kalmarId)).then().statusCode(200);
                hidden.forEach(field -> get.body(field, nullValue()));
                if (offers(LIST) && !resource.nameField().isEmpty()) {
                    ValidatableResponse list = as(member).queryParam("q", kalmarName()).get(API + kalmar)
                            .then().statusCode(200).body("items.id", contains(kalmarId));
                    hidden.forEach(field -> list.body("items." + field, everyItem(nullValue())));
                }
                for (String field : hidden) {
                    Object value = kalmarObject.body().get(field);
                    assertTrue(value instanceof String, "the Kalmar " + resource.noun() + " must have a " + field
                            + " so that hiding it is tested");
                    if (offers(LIST)) {
                        as(member).queryParam("q", value).get(API + kalmar).then().statusCode(200)
                                .body("items.id", not(hasItem(kalmarId)));
                    }
                }
            }
            ValidatableResponse coordinator = as(Tokens.COORDINATOR_08).get(one(kalmar, kalmarId)).then().statusCode(200);
            hidden.forEach(field -> coordinator.body(field, equalTo(kalmarObject.body().get(field))));
        }

        @Test
        @DisplayName("objects only coordinators see are 404 to members and the importer, and not listed")
        void shouldHideObjects() {
            assumeTrue(rights.rowsHiddenFromOthers() != null, "the table hides no objects of " + nameOf(resource));
            Placed hidden = hiddenFromOthers();
            for (String user : List.of(Tokens.MEMBER_08, Tokens.MEMBER2_08, Tokens.IMPORTER_08)) {
                if (offers(GET)) {
                    as(user).get(one(hidden.collection(), hidden.id())).then()
                            .spec(problem(404, one(hidden.collection(), hidden.id())));
                }
                if (offers(LIST)) {
                    Response list = as(user).queryParam("size", 200).get(API + hidden.collection());
                    if (list.statusCode() == 200) {
                        list.then().body("items.id", not(hasItem(hidden.id())));
                    } else {
                        list.then().spec(problem(list.statusCode()));
                    }
                }
            }
            assertHistoryHidden(hidden);
            as(Tokens.COORDINATOR_08).get(one(hidden.collection(), hidden.id())).then().statusCode(200);
            if (offers(DELETE)) {
                // deleted while hidden, its history stays the coordinators'
                as(Tokens.COORDINATOR_08).header("If-Match", "\"0\"").delete(one(hidden.collection(), hidden.id()))
                        .then().statusCode(204);
                assertHistoryHidden(hidden);
            }
        }

        /** The history of an object only coordinators see is 404 to members and the importer that read histories. */
        private void assertHistoryHidden(Placed hidden) {
            if (!offers(HISTORY)) {
                return;
            }
            String history = one(hidden.collection(), hidden.id()) + "/history";
            for (String user : List.of(Tokens.MEMBER_08, Tokens.MEMBER2_08, Tokens.IMPORTER_08)) {
                Scope scope = Tokens.IMPORTER_08.equals(user) ? rights.importer(HISTORY) : rights.member(HISTORY);
                if (scope != Scope.NONE) {
                    as(user).get(history).then().spec(problem(404, history));
                }
            }
            as(Tokens.COORDINATOR_08).get(history).then().statusCode(200);
        }
    }
}
