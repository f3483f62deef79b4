package se.samordna.testing;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.params.provider.Arguments.arguments;
import static se.samordna.testing.Fixtures.API;
import static se.samordna.testing.Fixtures.assertSameAsUnknown;
import static se.samordna.testing.Fixtures.marker;
import static se.samordna.testing.Fixtures.mergePatch;
import static se.samordna.testing.Fixtures.problem;
import static se.samordna.testing.Fixtures.subjectOf;
import static se.samordna.testing.Operation.DELETE;
import static se.samordna.testing.Operation.GET;
import static se.samordna.testing.Operation.HISTORY;
import static se.samordna.testing.Operation.PATCH;
import static se.samordna.testing.Operation.REPLACE;
import static se.samordna.testing.Tokens.as;

import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;
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

/**
 * What every county resource does alike, tested once for all of them: who may do what (persona by operation),
 * versions and If-Match, paging and sort parameters, the answers to create, replace, merge patch and delete, and
 * history. A resource's test extends it, names the resource with {@link CountyResource} and supplies its test
 * data; it keeps only the tests of its own rules.
 *
 * <p>Before each test coordinator-08 creates the resource's Kalmar object ({@link #newKalmarObject()}), which
 * the tests read, change and delete. Tests name paths with {@link ContractDisplayName} so that a report reads
 * "GET /counties/08/organisations/{unknown id} …", not the same text for every resource.
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

    private final CountyResource resource;

    /** The resource's collection in Kalmar, such as {@code /counties/08/organisations} (without the API root). */
    protected final String kalmar;

    /** The resource's collection in Blekinge, such as {@code /counties/10/organisations}. */
    protected final String blekinge;

    /** The id of the test's Kalmar object: created afresh before every test, at version 0. */
    protected String kalmarId;

    private Write kalmarObject;

    protected CountyResourceContract() {
        resource = resourceOf(getClass());
        kalmar = "/counties/08/" + resource.collection();
        blekinge = "/counties/10/" + resource.collection();
    }

    // ---- what a resource's test supplies -----------------------------------------------------------------------

    /**
     * The Kalmar object every test starts from, and what it answers. Called before each test; create here what it
     * refers to, and keep in fields what the resource's own tests need of it.
     */
    protected abstract Write newKalmarObject();

    /** A valid body for create, replace and patch alike; each call names a new object. */
    protected abstract Map<String, Object> validWrite();

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

    // ---- help for the tests, here and in a resource's test ------------------------------------------------------

    @BeforeEach
    void createKalmarObject() {
        kalmarObject = newKalmarObject();
        kalmarId = createIn("08", kalmarObject.body());
    }

    protected static String one(String collection, String id) {
        return API + collection + "/" + id;
    }

    /** Creates an object of the resource as the county's coordinator and returns its id. */
    protected String createIn(String countyCode, Map<String, ?> body) {
        return Fixtures.create(countyCode, resource.collection(), body);
    }

    /** How many objects of the resource the county lists. */
    protected long countIn(String countyCode) {
        return Fixtures.count(countyCode, resource.collection());
    }

    /** The object as the county's coordinator reads it now (status 200 expected). */
    protected Response readIn(String countyCode, String id) {
        return Fixtures.read(countyCode, resource.collection(), id);
    }

    /** The name the Kalmar object was created with. */
    protected String kalmarName() {
        return (String) kalmarObject.body().get(resource.nameField());
    }

    /** The Kalmar object is as created, and the county lists as many objects as before. */
    protected void assertKalmarObjectUntouched(long countBefore) {
        assertAnswers(readIn("08", kalmarId).then().header("ETag", "\"0\""), kalmarObject.answers());
        assertEquals(countBefore, countIn("08"), "the number of Kalmar " + resource.collection() + " changed");
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

    private void assertForbiddenInKalmar(String user, Operation operation) {
        long before = countIn("08");
        operation.call(as(user), kalmar, kalmarId, validWrite()).then().spec(problem(403));
        assertKalmarObjectUntouched(before);
    }

    private void assertKalmarObjectUnknownInBlekinge(String user, Operation operation) {
        long before = countIn("08");
        String unknownId = UUID.randomUUID().toString();
        Response forKalmar = operation.call(as(user), blekinge, kalmarId, validWrite());
        Response forUnknown = operation.call(as(user), blekinge, unknownId, validWrite());
        assertSameAsUnknown(forKalmar, kalmarId, forUnknown, unknownId);
        assertKalmarObjectUntouched(before);
    }

    private void assertAllowed(String user, Operation operation, String collection, String id) {
        operation.assertSucceeded(operation.call(as(user), collection, id, validWrite()), id);
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
        return displayName
                .replace("{kalmar}", "/counties/08/" + resource.collection())
                .replace("{blekinge}", "/counties/10/" + resource.collection())
                .replace("{noun}", resource.noun())
                .replace("{name}", resource.nameField());
    }

    private String resourceType() {
        return resource.resourceType().isEmpty() ? resource.noun() : resource.resourceType();
    }

    /**
     * The operations the parameterised tests of a group run, each named by its path. They are instance methods so
     * that they can read the resource: {@code @MethodSource} calls them on the group's instance, one per class.
     */
    @TestInstance(TestInstance.Lifecycle.PER_CLASS)
    abstract class Group {

        final String aKalmarObject = "a Kalmar " + resource.noun();
        final String aBlekingeObject = "a Blekinge " + resource.noun();

        Stream<Named<Operation>> everyOperationInKalmar() {
            return Operation.named(kalmar, aKalmarObject);
        }

        Stream<Named<Operation>> everyOperationInBlekinge() {
            return Operation.named(blekinge, aBlekingeObject);
        }

        Stream<Named<Operation>> kalmarObjectUnderBlekinge() {
            return Operation.named(blekinge, aKalmarObject, GET, REPLACE, PATCH, DELETE, HISTORY);
        }

        Stream<Named<Operation>> blekingeObjectUnderKalmar() {
            return Operation.named(kalmar, aBlekingeObject, GET, REPLACE, PATCH, DELETE, HISTORY);
        }

        Stream<Named<Operation>> versionedInKalmar() {
            return Operation.named(kalmar, aKalmarObject, REPLACE, PATCH, DELETE);
        }

        /** The operations in Kalmar that {@code which} accepts, in the order of {@link Operation}. */
        Stream<Named<Operation>> inKalmar(Predicate<Operation> which) {
            return Operation.named(kalmar, aKalmarObject).filter(operation -> which.test(operation.getPayload()));
        }
    }

    /** A persona of the county who may do some operations in Kalmar (the resource says which) and no other. */
    abstract class AllowedSome extends Group {

        private final String user;
        private final Set<Operation> may;

        AllowedSome(String user, Operation... may) {
            this.user = user;
            this.may = Set.of(may);
        }

        Stream<Named<Operation>> allowed() {
            return inKalmar(may::contains);
        }

        Stream<Named<Operation>> refused() {
            return inKalmar(operation -> !may.contains(operation));
        }

        @ParameterizedTest(name = "{0} is allowed", allowZeroInvocations = true)
        @MethodSource("allowed")
        void shouldAllow(Operation operation) {
            assertAllowed(user, operation, kalmar, kalmarId);
        }

        @ParameterizedTest(name = "{0} returns 403 and changes nothing", allowZeroInvocations = true)
        @MethodSource("refused")
        void shouldRefuse(Operation operation) {
            assertForbiddenInKalmar(user, operation);
        }
    }

    /** A persona who may do nothing in Kalmar: another county's coordinator, or a role without county data. */
    abstract class RefusedEverything extends Group {

        private final String user;

        RefusedEverything(String user) {
            this.user = user;
        }

        @ParameterizedTest(name = "{0} returns 403 and changes nothing")
        @MethodSource("everyOperationInKalmar")
        void shouldRefuseEverything(Operation operation) {
            assertForbiddenInKalmar(user, operation);
        }
    }

    @Nested
    @DisplayName("As coordinator of Kalmar (coordinator-08)")
    class AsCoordinatorOfKalmar extends Group {

        @ParameterizedTest(name = "{0} is allowed")
        @MethodSource("everyOperationInKalmar")
        void shouldAllowEveryOperation(Operation operation) {
            assertAllowed(Tokens.COORDINATOR_08, operation, kalmar, kalmarId);
        }

        @Test
        @ContractDisplayName("POST {kalmar} returns 201, ETag \"0\" and a Location that GETs it")
        void shouldCreate() {
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
            long before = countIn("08");
            as(Tokens.COORDINATOR_08).header("If-Match", "\"0\"").delete(one(kalmar, kalmarId))
                    .then().statusCode(204);

            as(Tokens.COORDINATOR_08).get(one(kalmar, kalmarId)).then().spec(problem(404));
            as(Tokens.COORDINATOR_08).queryParam("q", kalmarName()).get(API + kalmar).then().statusCode(200)
                    .body("totalItems", is(0)).body("items", empty());
            assertEquals(before - 1, countIn("08"));
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
            as(Tokens.COORDINATOR_08).contentType(ContentType.JSON).header("If-Match", "\"0\"")
                    .body(kalmarObject.body())
                    .put(one(kalmar, kalmarId))
                    .then().statusCode(200).header("ETag", "\"0\"").body("version", is(0));
            as(Tokens.COORDINATOR_08).get(one(kalmar, kalmarId) + "/history").then().statusCode(200)
                    .body("totalItems", is(1)).body("items.action", contains("CREATED"));
        }

        @ParameterizedTest(name = "{0} without If-Match returns 428 and changes nothing")
        @MethodSource("versionedInKalmar")
        void shouldRequireIfMatch(Operation operation) {
            long before = countIn("08");
            operation.call(as(Tokens.COORDINATOR_08), kalmar, kalmarId, validWrite(), null)
                    .then().spec(problem(428));
            assertKalmarObjectUntouched(before);
        }

        @ParameterizedTest(name = "{0} with a stale If-Match \"7\" returns 412 and changes nothing")
        @MethodSource("versionedInKalmar")
        void shouldRefuseStaleIfMatch(Operation operation) {
            long before = countIn("08");
            operation.call(as(Tokens.COORDINATOR_08), kalmar, kalmarId, validWrite(), "\"7\"")
                    .then().spec(problem(412));
            assertKalmarObjectUntouched(before);
        }

        @ParameterizedTest(name = "{0} with the version read before someone else's update returns 412")
        @MethodSource("versionedInKalmar")
        void shouldRefuseVersionBeforeUpdate(Operation operation) {
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
            long before = countIn("08");
            REPLACE.call(as(Tokens.COORDINATOR_08), kalmar, kalmarId, validWrite(), "abc")
                    .then().spec(problem(400)).body("errors.field", contains("If-Match"));
            assertKalmarObjectUntouched(before);
        }

        @Test
        @ContractDisplayName("GET {kalmar}/{unknown id} and its history return 404 problem")
        void shouldNotGetUnknown() {
            String unknown = UUID.randomUUID().toString();
            as(Tokens.COORDINATOR_08).get(one(kalmar, unknown)).then().spec(problem(404));
            as(Tokens.COORDINATOR_08).get(one(kalmar, unknown) + "/history").then().spec(problem(404));
        }

        @ParameterizedTest(name = "{0} returns 404, as for an unknown id, and changes nothing")
        @MethodSource("blekingeObjectUnderKalmar")
        void shouldNotFindBlekingeObject(Operation operation) {
            Write blekingeObject = Write.of(newObject("10", "Karlskrona " + marker()));
            String blekingeId = createIn("10", blekingeObject.body());
            String unknownId = UUID.randomUUID().toString();

            Response forBlekinge = operation.call(as(Tokens.COORDINATOR_08), kalmar, blekingeId, validWrite());
            Response forUnknown = operation.call(as(Tokens.COORDINATOR_08), kalmar, unknownId, validWrite());

            assertSameAsUnknown(forBlekinge, blekingeId, forUnknown, unknownId);
            assertAnswers(readIn("10", blekingeId).then().header("ETag", "\"0\""), blekingeObject.answers());
        }

        @Test
        @DisplayName("GET …/{id}/history shows CREATED, UPDATED and DELETED in order, with actors, versions and states")
        void shouldKeepHistory() {
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

            if (Set.of(resource.importerMay()).contains(HISTORY)) {
                as(Tokens.IMPORTER_08).get(one(kalmar, kalmarId) + "/history").then().statusCode(200)
                        .body("totalItems", is(3)).body("items.action", contains("CREATED", "UPDATED", "DELETED"));
            }
        }

        @Test
        @DisplayName("createdBy stays the creator's subject while updatedBy becomes the last writer's")
        void shouldStampWriters() {
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
            return badBodies();
        }

        Stream<Arguments> badPatchCases() {
            return badPatches();
        }

        Stream<String> malformedBodyCases() {
            return malformedBodies();
        }

        Stream<String> malformedPatchCases() {
            return malformedPatches();
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
                    arguments("sort=bogus,asc", "sort"),
                    arguments("sort=" + name + ",sideways", "sort"),
                    arguments("sort=" + name + ",up", "sort"),
                    arguments("sort=" + name + ",asc,again", "sort"));
            return Stream.concat(paging, badFilters()).map(Arguments::get)
                    .map(query -> arguments(Named.of("GET " + kalmar + "?" + query[0], query[0]), query[1]));
        }

        @ParameterizedTest(name = "POST with {0} returns 400 naming {1} and writes nothing")
        @MethodSource("badBodyCases")
        void shouldRefuseBadCreate(String json, String field) {
            String body = resolve(json);
            long before = countIn("08");
            as(Tokens.COORDINATOR_08).contentType(ContentType.JSON).body(body).post(API + kalmar)
                    .then().spec(problem(400)).body("errors.field", contains(field));
            assertEquals(before, countIn("08"));
        }

        @ParameterizedTest(name = "PUT with {0} returns 400 naming {1} and changes nothing")
        @MethodSource("badBodyCases")
        void shouldRefuseBadReplace(String json, String field) {
            String body = resolve(json);
            long before = countIn("08");
            as(Tokens.COORDINATOR_08).contentType(ContentType.JSON).header("If-Match", "\"0\"").body(body)
                    .put(one(kalmar, kalmarId))
                    .then().spec(problem(400)).body("errors.field", contains(field));
            assertKalmarObjectUntouched(before);
        }

        @ParameterizedTest(name = "PATCH with {0} returns 400 naming {1} and changes nothing")
        @MethodSource("badPatchCases")
        void shouldRefuseBadPatch(String json, String field) {
            String body = resolve(json);
            long before = countIn("08");
            mergePatch(as(Tokens.COORDINATOR_08), body).header("If-Match", "\"0\"").patch(one(kalmar, kalmarId))
                    .then().spec(problem(400)).body("errors.field", contains(field));
            assertKalmarObjectUntouched(before);
        }

        @ParameterizedTest(name = "POST with the body {0} returns 400 and writes nothing")
        @MethodSource("malformedBodyCases")
        void shouldRefuseMalformedCreate(String json) {
            long before = countIn("08");
            as(Tokens.COORDINATOR_08).contentType(ContentType.JSON).body(json).post(API + kalmar)
                    .then().spec(problem(400));
            assertEquals(before, countIn("08"));
        }

        @ParameterizedTest(name = "PATCH with the body {0} returns 400 and changes nothing")
        @MethodSource("malformedPatchCases")
        void shouldRefuseMalformedPatch(String json) {
            long before = countIn("08");
            mergePatch(as(Tokens.COORDINATOR_08), json).header("If-Match", "\"0\"").patch(one(kalmar, kalmarId))
                    .then().spec(problem(400));
            assertKalmarObjectUntouched(before);
        }

        @Test
        @DisplayName("POST, PUT and PATCH with Content-Type text/plain return 415 problem and write nothing")
        void shouldRefuseTextPlain() {
            long before = countIn("08");
            String json = Fixtures.toJson(validWrite());
            as(Tokens.COORDINATOR_08).contentType(ContentType.TEXT).body(json).post(API + kalmar)
                    .then().spec(problem(415));
            as(Tokens.COORDINATOR_08).contentType(ContentType.TEXT).header("If-Match", "\"0\"").body(json)
                    .put(one(kalmar, kalmarId)).then().spec(problem(415));
            as(Tokens.COORDINATOR_08).contentType(ContentType.TEXT).header("If-Match", "\"0\"").body(json)
                    .patch(one(kalmar, kalmarId)).then().spec(problem(415));
            assertKalmarObjectUntouched(before);
        }

        @ParameterizedTest(name = "{0} returns 400 naming {1}")
        @MethodSource("badQueryCases")
        void shouldRefuseBadQuery(String query, String field) {
            as(Tokens.COORDINATOR_08).get(API + kalmar + "?" + query)
                    .then().spec(problem(400)).body("errors.field", contains(field));
        }

        @Test
        @DisplayName("GET …/{id}/history?size=500 returns 400 naming size")
        void shouldRefuseBadHistoryPaging() {
            as(Tokens.COORDINATOR_08).queryParam("size", 500).get(one(kalmar, kalmarId) + "/history")
                    .then().spec(problem(400)).body("errors.field", contains("size"));
        }
    }

    @Nested
    @DisplayName("Lists (as coordinator-08)")
    class Lists {

        @Test
        @ContractDisplayName("GET {kalmar} pages: {items, page, size, totalItems, totalPages}")
        void shouldPage() {
            String marker = marker();
            for (String name : List.of("Cederträ", "Aspen", "Björken")) {
                createIn("08", newObject("08", name + " " + marker));
            }
            String names = "items." + resource.nameField();
            byName(as(Tokens.COORDINATOR_08)).queryParam("q", marker).queryParam("size", 2).get(API + kalmar)
                    .then().statusCode(200)
                    .body("page", is(0))
                    .body("size", is(2))
                    .body("totalItems", is(3))
                    .body("totalPages", is(2))
                    .body(names, contains("Aspen " + marker, "Björken " + marker));
            byName(as(Tokens.COORDINATOR_08)).queryParam("q", marker).queryParam("size", 2).queryParam("page", 1)
                    .get(API + kalmar)
                    .then().statusCode(200)
                    .body("page", is(1))
                    .body("totalItems", is(3))
                    .body(names, contains("Cederträ " + marker));
            byName(as(Tokens.COORDINATOR_08)).queryParam("q", marker).get(API + kalmar)
                    .then().statusCode(200)
                    .body("page", is(0)).body("size", is(20)).body("totalPages", is(1)).body("items.size()", is(3));
        }

        @Test
        @ContractDisplayName("names sort in Swedish order: A … Z, Å, Ä, Ö; sort={name},desc reverses it")
        void shouldSortSwedish() {
            String marker = marker();
            for (String name : List.of("Ödeshög", "Zetterberg", "Ärla", "Alsterbro", "Åby")) {
                createIn("08", newObject("08", name + " " + marker));
            }
            List<String> swedish = Stream.of("Alsterbro", "Zetterberg", "Åby", "Ärla", "Ödeshög")
                    .map(name -> name + " " + marker).toList();
            String names = "items." + resource.nameField();

            byName(as(Tokens.COORDINATOR_08)).queryParam("q", marker).get(API + kalmar)
                    .then().statusCode(200).body(names, contains(swedish.toArray()));
            as(Tokens.COORDINATOR_08).queryParam("q", marker).queryParam("sort", resource.nameField() + ",asc")
                    .get(API + kalmar)
                    .then().statusCode(200).body(names, contains(swedish.toArray()));
            as(Tokens.COORDINATOR_08).queryParam("q", marker).queryParam("sort", resource.nameField() + ",desc")
                    .get(API + kalmar)
                    .then().statusCode(200).body(names, contains(swedish.reversed().toArray()));
        }

        /** The request as it relies on the name order: unchanged where lists sort by name unless told otherwise. */
        private RequestSpecification byName(RequestSpecification request) {
            return resource.defaultSort().isEmpty() || resource.defaultSort().equals(resource.nameField()) ? request
                    : request.queryParam("sort", resource.nameField() + ",asc");
        }

        @Test
        @ContractDisplayName("GET {blekinge} does not list a Kalmar {noun}")
        void shouldListOnlyTheCounty() {
            as(Tokens.COORDINATOR_0810).queryParam("q", kalmarName()).get(API + blekinge)
                    .then().statusCode(200).body("totalItems", is(0));
            as(Tokens.COORDINATOR_0810).queryParam("q", kalmarName()).get(API + kalmar)
                    .then().statusCode(200).body("items.id", contains(kalmarId));
        }
    }

    @Nested
    @DisplayName("As coordinator of Blekinge (coordinator-10)")
    class AsCoordinatorOfBlekinge extends Group {

        @ParameterizedTest(name = "{0} returns 403 and changes nothing")
        @MethodSource("everyOperationInKalmar")
        void shouldRefuseKalmar(Operation operation) {
            assertForbiddenInKalmar(Tokens.COORDINATOR_10, operation);
        }

        @ParameterizedTest(name = "{0} returns 404, as for an unknown id, and changes nothing")
        @MethodSource("kalmarObjectUnderBlekinge")
        void shouldNotFindKalmarObject(Operation operation) {
            assertKalmarObjectUnknownInBlekinge(Tokens.COORDINATOR_10, operation);
        }

        @ParameterizedTest(name = "{0} is allowed")
        @MethodSource("everyOperationInBlekinge")
        void shouldAllowBlekinge(Operation operation) {
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
    class AsTwoCountyCoordinator extends Group {

        @ParameterizedTest(name = "{0} is allowed")
        @MethodSource("everyOperationInKalmar")
        void shouldAllowKalmar(Operation operation) {
            assertAllowed(Tokens.COORDINATOR_0810, operation, kalmar, kalmarId);
        }

        @ParameterizedTest(name = "{0} is allowed")
        @MethodSource("everyOperationInBlekinge")
        void shouldAllowBlekinge(Operation operation) {
            String blekingeId = createIn("10", newObject("10", "Sölvesborg " + marker()));
            assertAllowed(Tokens.COORDINATOR_0810, operation, blekinge, blekingeId);
        }

        @ParameterizedTest(name = "{0} returns 404, as for an unknown id, and changes nothing")
        @MethodSource("kalmarObjectUnderBlekinge")
        void shouldNotFindKalmarObjectUnderBlekinge(Operation operation) {
            assertKalmarObjectUnknownInBlekinge(Tokens.COORDINATOR_0810, operation);
        }
    }

    @Nested
    @DisplayName("As member in Kalmar (member-08)")
    class AsMemberOfKalmar extends AllowedSome {

        AsMemberOfKalmar() {
            super(Tokens.MEMBER_08, resource.memberMay());
        }
    }

    @Nested
    @DisplayName("As importer of Kalmar (importer-08 service account)")
    class AsImporterOfKalmar extends AllowedSome {

        AsImporterOfKalmar() {
            super(Tokens.IMPORTER_08, resource.importerMay());
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
            long before = countIn("08");
            operation.call(RestAssured.given(), kalmar, kalmarId, validWrite())
                    .then().spec(problem(401)).header("WWW-Authenticate", startsWith("Bearer"));
            assertKalmarObjectUntouched(before);
        }

        @ParameterizedTest(name = "{0} with a garbage bearer token returns 401 and changes nothing")
        @MethodSource("everyOperationInKalmar")
        void shouldRefuseGarbageToken(Operation operation) {
            long before = countIn("08");
            operation.call(Fixtures.withGarbageToken(), kalmar, kalmarId, validWrite())
                    .then().spec(problem(401)).header("WWW-Authenticate", startsWith("Bearer"));
            assertKalmarObjectUntouched(before);
        }
    }
}
