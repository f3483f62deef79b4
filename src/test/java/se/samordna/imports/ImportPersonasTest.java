package se.samordna.imports;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static se.samordna.imports.ImportData.HEADER;
import static se.samordna.imports.ImportData.csv;
import static se.samordna.imports.ImportData.imports;
import static se.samordna.imports.ImportData.organisationRows;
import static se.samordna.imports.ImportData.organisationsNamed;
import static se.samordna.imports.ImportData.postCsv;
import static se.samordna.testing.Fixtures.marker;
import static se.samordna.testing.Fixtures.problem;
import static se.samordna.testing.Fixtures.withGarbageToken;
import static se.samordna.testing.Tokens.as;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import se.samordna.testing.Database;
import se.samordna.testing.Operation;
import se.samordna.testing.Rights;
import se.samordna.testing.Tokens;

/**
 * Who may import and read import reports, persona by persona and operation by operation, from the table of rights
 * (row {@code imports}): a county's coordinators and its importer; never a member, another county's coordinator or
 * importer, the analyst or the admin; never without a valid token. Every refused import wrote nothing.
 */
@QuarkusTest
@DisplayName("Imports: who may")
class ImportPersonasTest {

    static final Rights.Row RIGHTS = Rights.of("imports");

    /** A Kalmar import that exists, for GET of one; made by the first test that needs it. */
    private static String kalmarImport;

    String kalmarImport() {
        if (kalmarImport == null) {
            kalmarImport = postCsv(Tokens.COORDINATOR_08, "08", csv(HEADER, organisationRows(marker(), 1)),
                    "kind=organisations").then().statusCode(201).extract().path("id");
        }
        return kalmarImport;
    }

    /** The import operations: CREATE the import, LIST the reports, GET one report. */
    static Stream<Operation> operations() {
        return Stream.of(Operation.CREATE, Operation.LIST, Operation.GET);
    }

    /** Calls the operation on county {@code countyCode} as {@code request}; a CREATE imports one new organisation. */
    Response call(RequestSpecification request, Operation operation, String countyCode, String marker) {
        return switch (operation) {
            case CREATE -> request.contentType(ImportData.CSV)
                    .body(csv(HEADER, organisationRows(marker, 1)).getBytes(StandardCharsets.UTF_8))
                    .post(imports(countyCode) + "?kind=organisations");
            case LIST -> request.get(imports(countyCode));
            case GET -> request.get(imports(countyCode) + "/" + ("08".equals(countyCode) ? kalmarImport() : UUID.randomUUID()));
            default -> throw new IllegalArgumentException(operation + " is no import operation");
        };
    }

    /** Checks the refusal and that a refused import wrote nothing. */
    void assertRefused(RequestSpecification request, Operation operation, String countyCode, int status) {
        String marker = marker();
        kalmarImport();
        long before = Database.lastChangeEvent();
        call(request, operation, countyCode, marker).then().spec(problem(status));
        assertEquals(0, organisationsNamed(countyCode, marker));
        assertEquals(before, Database.lastChangeEvent());
    }

    @Nested
    @DisplayName("The county's own")
    class Allowed {

        @ParameterizedTest(name = "{0} /counties/08/imports as coordinator-08 is allowed")
        @EnumSource(value = Operation.class, names = { "CREATE", "LIST", "GET" })
        void shouldAllowTheCoordinator(Operation operation) {
            call(as(Tokens.COORDINATOR_08), operation, "08", marker()).then().statusCode(operation.success());
        }

        @ParameterizedTest(name = "{0} /counties/08/imports as importer-08 is as the rights table says")
        @EnumSource(value = Operation.class, names = { "CREATE", "LIST", "GET" })
        void shouldAllowTheImporter(Operation operation) {
            assertEquals(Rights.Scope.ANY, RIGHTS.importer(operation));
            String marker = marker();
            call(as(Tokens.IMPORTER_08), operation, "08", marker).then().statusCode(operation.success());
            if (operation == Operation.CREATE) {
                assertEquals(1, organisationsNamed("08", marker));
            }
        }
    }

    @Nested
    @DisplayName("Everyone else")
    class Refused {

        @ParameterizedTest(name = "{0} /counties/08/imports as member-08 returns 403 and writes nothing")
        @EnumSource(value = Operation.class, names = { "CREATE", "LIST", "GET" })
        void shouldRefuseMembers(Operation operation) {
            assertEquals(Rights.Scope.NONE, RIGHTS.member(operation));
            assertRefused(as(Tokens.MEMBER_08), operation, "08", 403);
        }

        @ParameterizedTest(name = "{0} /counties/08/imports as coordinator-10 (another county) returns 403 and writes nothing")
        @EnumSource(value = Operation.class, names = { "CREATE", "LIST", "GET" })
        void shouldRefuseAnotherCountysCoordinator(Operation operation) {
            assertRefused(as(Tokens.COORDINATOR_10), operation, "08", 403);
        }

        @ParameterizedTest(name = "{0} /counties/10/imports as importer-08 (Kalmar's) returns 403 and writes nothing")
        @EnumSource(value = Operation.class, names = { "CREATE", "LIST", "GET" })
        void shouldRefuseAnotherCountysImporter(Operation operation) {
            assertRefused(as(Tokens.IMPORTER_08), operation, "10", 403);
        }

        @ParameterizedTest(name = "{0} /counties/08/imports as the analyst and the admin returns 403 and writes nothing")
        @EnumSource(value = Operation.class, names = { "CREATE", "LIST", "GET" })
        void shouldRefuseAnalystAndAdmin(Operation operation) {
            assertRefused(as(Tokens.ANALYST), operation, "08", 403);
            assertRefused(as(Tokens.ADMIN), operation, "08", 403);
        }

        @ParameterizedTest(name = "{0} /counties/08/imports without a token, or with a garbage one, returns 401 and writes nothing")
        @EnumSource(value = Operation.class, names = { "CREATE", "LIST", "GET" })
        void shouldRefuseWithoutAValidToken(Operation operation) {
            assertRefused(given(), operation, "08", 401);
            assertRefused(withGarbageToken(), operation, "08", 401);
        }
    }
}
