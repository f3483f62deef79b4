package se.samordna.testing;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Every operation under {@code /counties/{cc}/} of the generated OpenAPI document has a test that extends
 * {@link CountyResourceContract} and declares it (or an exemption below, with its reason), and no contract test
 * declares an operation the API does not have: a new county path cannot ship without the contract.
 */
@QuarkusTest
class ContractCoverageTest {

    private static final String COUNTY_PATHS = "/api/v1/counties/{}/";

    /** County operations that are no county resource, and the test that covers them instead. */
    private static final Map<String, String> EXEMPT = Map.ofEntries(
            Map.entry("GET /api/v1/counties/{}/overview", "a coordinators' view over every family: OverviewTest covers "
                    + "its personas, 401, bad periods and its rows"),
            Map.entry("GET /api/v1/counties/{}/overview.csv", "the overview as CSV: OverviewTest"),
            Map.entry("GET /api/v1/counties/{}/surveys/{}/follow-up", "a coordinators' view computed from surveys, "
                    + "meetings and support requests: FollowUpTest covers its personas, 401, 404 and its answers"),
            Map.entry("GET /api/v1/counties/{}/municipalities", "reference data open to every county: ReferenceDataTest"),
            Map.entry("GET /api/v1/counties/{}/changes", "a read-only view of the change log, no object to create: "
                    + "ChangeFeedTest covers its personas, bad cursors and county codes"),
            Map.entry("GET /api/v1/counties/{}/support-requests/statistics", "a coordinators' computation over the county's "
                    + "requests, no object to create: SupportStatisticsTest covers its personas (403 to all but "
                    + "coordinators, 401 without a token), bad periods and numbers computed by hand"),
            Map.entry("GET /api/v1/counties/{}/networks/{}/reach", "a read-only view of a network, no object to create: "
                    + "NetworkResourceTest (Reach) covers it on a known data set, and another county's network"),
            Map.entry("GET /api/v1/counties/{}/networks/{}/memberships.csv", "a read-only export, coordinators only: "
                    + "NetworkResourceTest (Export) parses it back and covers the other personas and counties"),
            Map.entry("GET /api/v1/counties/{}/surveys/{}/report", "a read-only view of a survey's responses, no object to "
                    + "create: SurveyResponseResourceTest.Report covers its personas and a known data set"),
            Map.entry("GET /api/v1/counties/{}/surveys/{}/responses.csv", "a read-only export of a survey's responses, no "
                    + "object to create: SurveyResponseResourceTest.CsvExport covers its personas and parses it back"),
            Map.entry("GET /api/v1/counties/{}/meetings.ics", "a read-only calendar of the county's meetings: "
                    + "MeetingCalendarTest parses it back and covers its personas (coordinator, members, importer, "
                    + "another county's coordinator 403, no token 401) and bad periods"),
            Map.entry("GET /api/v1/counties/{}/meetings/{}.ics", "a read-only calendar of one meeting: MeetingCalendarTest "
                    + "parses it back and covers its personas (another county's coordinator 403, the meeting under "
                    + "another county 404, no token 401)"),
            Map.entry("POST /api/v1/counties/{}/imports", "a bulk write of other resources, whose object (the import) cannot be "
                    + "changed or deleted: ImportPersonasTest covers every persona on every import operation from "
                    + "Rights row imports, ImportResourceTest its rows, limits, keys and bad input"),
            Map.entry("GET /api/v1/counties/{}/imports", "the reports of past imports: ImportPersonasTest, ImportResourceTest"),
            Map.entry("GET /api/v1/counties/{}/imports/{}", "the report of one past import: ImportPersonasTest, "
                    + "ImportResourceTest (another county's import is 404)"));

    @Test
    @DisplayName("every GET, POST, PUT, PATCH and DELETE under /counties/{cc}/ of /q/openapi has a contract test")
    void shouldCoverEveryCountyPath() {
        Set<String> spec = specOperations();
        Map<String, String> covered = contractOperations();
        assertFalse(covered.isEmpty(), "found no contract test under target/test-classes");

        Set<String> uncovered = new TreeSet<>(spec);
        uncovered.removeAll(covered.keySet());
        uncovered.removeAll(EXEMPT.keySet());
        assertEquals(Set.of(), uncovered, "county operations of the API without a contract test (extend "
                + "CountyResourceContract and declare them in @CountyResource(operations = …))");

        Map<String, String> notInSpec = new TreeMap<>(covered);
        notInSpec.keySet().removeAll(spec);
        assertEquals(Map.of(), notInSpec, "contract tests declare operations the API does not have");
    }

    /** Each county operation of the generated document, as "METHOD /path" with every parameter written {}. */
    @SuppressWarnings("unchecked")
    private static Set<String> specOperations() {
        Map<String, Map<String, Object>> paths = given().queryParam("format", "json").get("/q/openapi")
                .then().statusCode(200).extract().path("paths");
        Set<String> operations = new TreeSet<>();
        paths.forEach((path, item) -> {
            String normalised = path.replaceAll("\\{[^}]*}", "{}");
            if (normalised.startsWith(COUNTY_PATHS)) {
                item.keySet().stream()
                        .filter(key -> Set.of("get", "post", "put", "patch", "delete").contains(key))
                        .forEach(method -> operations.add(method.toUpperCase() + " " + normalised));
            }
        });
        assertFalse(operations.isEmpty(), "the document has no county paths");
        return operations;
    }

    /** Each operation a contract test declares, to the test class that declares it. */
    private static Map<String, String> contractOperations() {
        Path classes = Path.of("target/test-classes");
        Map<String, String> covered = new TreeMap<>();
        try (Stream<Path> files = Files.walk(classes)) {
            for (String name : files.map(classes::relativize).map(Path::toString)
                    .filter(file -> file.endsWith(".class") && !file.contains("$"))
                    .map(file -> file.substring(0, file.length() - ".class".length()).replace('/', '.'))
                    .collect(Collectors.toList())) {
                Class<?> type = Class.forName(name, false, ContractCoverageTest.class.getClassLoader());
                if (!CountyResourceContract.class.isAssignableFrom(type) || Modifier.isAbstract(type.getModifiers())) {
                    continue;
                }
                CountyResource resource = CountyResourceContract.resourceOf(type);
                Rights.of(CountyResourceContract.nameOf(resource));
                String collection = COUNTY_PATHS + (resource.parent().isEmpty() ? "" : resource.parent() + "/{}/")
                        + resource.collection();
                for (Operation operation : resource.operations()) {
                    covered.put(operation.method() + " " + operation.path(collection, "{}"), type.getSimpleName());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
        return covered;
    }
}
