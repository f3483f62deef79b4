package se.samordna.testing;

import static org.hamcrest.Matchers.emptyString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.Arrays;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;

/**
 * The seven operations every county resource offers, each done with a valid body and the If-Match given, so
 * that in a test of who may do what only the caller decides the answer.
 */
public enum Operation {

    LIST("GET", "", 200),
    GET("GET", "/{id}", 200),
    CREATE("POST", "", 201),
    REPLACE("PUT", "/{id}", 200),
    PATCH("PATCH", "/{id}", 200),
    DELETE("DELETE", "/{id}", 204),
    HISTORY("GET", "/{id}/history", 200);

    /** Version 0, the ETag of an object just created. */
    public static final String FIRST_VERSION = "\"0\"";

    private final String method;
    private final String suffix;
    private final int success;

    Operation(String method, String suffix, int success) {
        this.method = method;
        this.suffix = suffix;
        this.success = success;
    }

    /** The HTTP method. */
    public String method() {
        return method;
    }

    /** The path it calls under {@code collection} (without the API root) for the object {@code id}. */
    public String path(String collection, String id) {
        return collection + suffix.replace("{id}", id == null ? "" : id);
    }

    /** Whether this operation and {@code other} share a path (such as GET and PUT of one object). */
    public boolean samePathAs(Operation other) {
        return suffix.equals(other.suffix);
    }

    /** The status the operation answers when it is allowed and succeeds. */
    public int success() {
        return success;
    }

    public boolean writes() {
        return this == CREATE || this == REPLACE || this == PATCH || this == DELETE;
    }

    /** Whether the operation names one object. */
    public boolean onObject() {
        return suffix.startsWith("/{id}");
    }

    /**
     * Calls the operation on {@code collection} (such as {@code /counties/08/organisations}, without the API
     * root); {@code body} serves POST, PUT and PATCH, {@code ifMatch} (null for none) PUT, PATCH and DELETE.
     */
    public Response call(RequestSpecification request, String collection, String id, Map<String, ?> body,
            String ifMatch) {
        String path = Fixtures.API + path(collection, id);
        if (ifMatch != null && (this == REPLACE || this == PATCH || this == DELETE)) {
            request = request.header("If-Match", ifMatch);
        }
        return switch (this) {
            case LIST, GET, HISTORY -> request.get(path);
            case CREATE -> request.contentType(ContentType.JSON).body(body).post(path);
            case REPLACE -> request.contentType(ContentType.JSON).body(body).put(path);
            case PATCH -> Fixtures.mergePatch(request, body).patch(path);
            case DELETE -> request.delete(path);
        };
    }

    /** Calls the operation with If-Match naming the first version. */
    public Response call(RequestSpecification request, String collection, String id, Map<String, ?> body) {
        return call(request, collection, id, body, FIRST_VERSION);
    }

    /** Checks that the call succeeded and answered what this operation answers about the object {@code id}. */
    public void assertSucceeded(Response response, String id) {
        response.then().statusCode(success);
        switch (this) {
            case LIST -> response.then().contentType(ContentType.JSON)
                    .body("items", notNullValue()).body("totalItems", greaterThanOrEqualTo(1));
            case GET, REPLACE, PATCH -> response.then().contentType(ContentType.JSON)
                    .header("ETag", notNullValue()).body("id", equalTo(id));
            case CREATE -> response.then().contentType(ContentType.JSON)
                    .header("ETag", equalTo(FIRST_VERSION)).header("Location", notNullValue())
                    .body("id", notNullValue());
            case HISTORY -> response.then().contentType(ContentType.JSON)
                    .body("items.resourceId", hasItem(id));
            case DELETE -> response.then().body(emptyString());
        }
    }

    /** Such as {@code PUT /counties/08/organisations/{id of a Kalmar organisation}}. */
    public String describe(String collection, String object) {
        return method + " " + collection + suffix.replace("{id}", "{id of " + object + "}");
    }

    /** The operations (all when none are given), each named for a test's display name. */
    public static Stream<Named<Operation>> named(String collection, String object, Operation... operations) {
        return Arrays.stream(operations.length == 0 ? values() : operations)
                .map(op -> Named.of(op.describe(collection, object), op));
    }
}
