package se.samordna.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import io.quarkus.logging.Log;
import io.quarkus.security.AuthenticationCompletionException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.hibernate.StaleStateException;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * The one place that turns failures into {@code application/problem+json}: no stack trace, class name or SQL
 * reaches a caller, and bad input is a 400 naming the field at fault.
 */
public class ProblemMappers {

    /** Why a field that a body names twice in one object is refused. */
    public static final String DUPLICATE = "appears more than once in its object";

    private final AllowedMethods allowedMethods;
    private final long retryAfterSeconds;

    ProblemMappers(AllowedMethods allowedMethods, DatabaseSettings database) {
        this.allowedMethods = allowedMethods;
        this.retryAfterSeconds = Math.max(1, database.retryAfter().toSeconds());
    }

    @ServerExceptionMapper
    public Response problem(ProblemException e, UriInfo uri) {
        Response.ResponseBuilder builder = respond(e.status(), e.slug(), e.title(), e.getMessage(), uri, e.errors());
        if (e.status() == 401) {
            builder.header(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"samordna\"");
        }
        if (e.retryAfterSeconds() != null) {
            builder.header(HttpHeaders.RETRY_AFTER, e.retryAfterSeconds());
        }
        return builder.build();
    }

    @ServerExceptionMapper
    public Response constraintViolation(ConstraintViolationException e, UriInfo uri) {
        List<Problem.FieldError> errors = e.getConstraintViolations().stream()
                .map(v -> new Problem.FieldError(fieldOf(v), v.getMessage()))
                .distinct()
                .sorted(Comparator.comparing(Problem.FieldError::field).thenComparing(Problem.FieldError::message))
                .toList();
        return respond(400, "validation", "Invalid request", invalidFields(errors.size()), uri, errors).build();
    }

    @ServerExceptionMapper
    public Response unknownField(UnrecognizedPropertyException e, UriInfo uri) {
        return respond(400, "validation", "Invalid request", "The request body has a field this operation does not know",
                uri, List.of(fieldError(e))).build();
    }

    @ServerExceptionMapper
    public Response wrongValue(InvalidFormatException e, UriInfo uri) {
        return respond(400, "validation", "Invalid request", invalidFields(1), uri, List.of(fieldError(e))).build();
    }

    @ServerExceptionMapper
    public Response badJson(JsonMappingException e, UriInfo uri) {
        if (jsonPath(e).isEmpty() && !unstorable(e)) {
            return respond(400, "malformed-body", "Malformed request body",
                    "The request body is not a JSON object of the expected shape", uri, null).build();
        }
        return respond(400, "validation", "Invalid request", invalidFields(1), uri, List.of(fieldError(e))).build();
    }

    /**
     * The field at fault when JSON could not be read into a write shape, and why, as the mappers above answer it:
     * an unknown field, a value of the wrong form, text that cannot be stored, or the wrong shape ("body" when the
     * failure names no field).
     */
    public static Problem.FieldError fieldError(JsonMappingException e) {
        String duplicate = e.getCause() instanceof JsonProcessingException cause ? StrictJson.duplicateField(cause) : null;
        if (duplicate != null) {
            return new Problem.FieldError(duplicate, DUPLICATE);
        }
        String field = jsonPath(e).isEmpty() ? "body" : jsonPath(e);
        return switch (e) {
            case UnrecognizedPropertyException u -> new Problem.FieldError(field, "unknown field");
            case InvalidFormatException i -> new Problem.FieldError(field,
                    "must be " + (i.getTargetType() == null ? "another type" : describe(i.getTargetType())));
            default -> new Problem.FieldError(field, unstorable(e) ? StorableText.MESSAGE : "has the wrong type or shape");
        };
    }

    private static boolean unstorable(JsonMappingException e) {
        return e instanceof StorableText.UnstorableTextException
                || e.getCause() instanceof StorableText.UnstorableTextException;
    }

    /**
     * A body of the wrong shape (an array or a text where an object belongs, an object where a text belongs).
     * Mapped here because Quarkus's own mapper for this exact type would otherwise answer: with no body in
     * production, and with the DTO's class name in dev and test.
     */
    @ServerExceptionMapper
    public Response mismatchedInput(MismatchedInputException e, UriInfo uri) {
        return badJson(e, uri);
    }

    @ServerExceptionMapper
    public Response malformedJson(JsonProcessingException e, UriInfo uri) {
        String duplicate = StrictJson.duplicateField(e);
        if (duplicate != null) {
            return respond(400, "validation", "Invalid request", invalidFields(1), uri,
                    List.of(new Problem.FieldError(duplicate, DUPLICATE))).build();
        }
        return respond(400, "malformed-body", "Malformed request body", "The request body is not valid JSON", uri, null)
                .build();
    }

    @ServerExceptionMapper
    public Response patchedJson(MergePatch.MappedJsonException e, UriInfo uri) {
        return json(e.getCause(), uri);
    }

    private Response json(Throwable failure, UriInfo uri) {
        return switch (failure) {
            case StorableText.UnstorableTextException t -> badJson(t, uri);
            case UnrecognizedPropertyException u -> unknownField(u, uri);
            case InvalidFormatException i -> wrongValue(i, uri);
            case JsonMappingException m -> badJson(m, uri);
            case JsonProcessingException p -> malformedJson(p, uri);
            default -> malformedJson(null, uri);
        };
    }

    @ServerExceptionMapper({ UnauthorizedException.class, AuthenticationFailedException.class,
            AuthenticationCompletionException.class })
    public Response unauthorized(RuntimeException e, UriInfo uri) {
        return problem(ProblemException.unauthorized(), uri);
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, UriInfo uri) {
        return respond(403, "forbidden", "Forbidden", "Your roles do not allow this operation", uri, null).build();
    }

    @ServerExceptionMapper({ OptimisticLockException.class, StaleStateException.class })
    public Response concurrentChange(RuntimeException e, UriInfo uri) {
        return respond(412, "stale-version", "Precondition failed",
                "The object was changed by someone else at the same time. Read it again and repeat your change.",
                uri, null).build();
    }

    @ServerExceptionMapper
    public Response persistence(PersistenceException e, UriInfo uri) {
        if (causedBy(e, org.hibernate.exception.ConstraintViolationException.class)) {
            Log.debugf(e, "constraint violated on %s", uri.getPath());
            return respond(409, "conflict", "Conflict",
                    "The change conflicts with other data (it is referred to, or refers to something missing)", uri, null)
                    .build();
        }
        if (causedBy(e, OptimisticLockException.class) || causedBy(e, StaleStateException.class)) {
            return concurrentChange(e, uri);
        }
        return unexpected(e, uri);
    }

    /** A 405 names the methods the path does answer, as RFC 9110 requires. */
    @ServerExceptionMapper
    public Response notAllowed(NotAllowedException e, UriInfo uri, Request request) {
        return methodNotAllowed(allowedMethods.of(uri.getPath()), uri, request);
    }

    /** A path that exists asked with a method it does not answer is a 405, even where Quarkus REST says 404. */
    @ServerExceptionMapper
    public Response notFound(NotFoundException e, UriInfo uri, Request request) {
        Set<String> allowed = allowedMethods.of(uri.getPath());
        if (!allowed.isEmpty() && !allowed.contains(request.getMethod())) {
            return methodNotAllowed(allowed, uri, request);
        }
        return web(e, uri);
    }

    private static Response methodNotAllowed(Set<String> allowed, UriInfo uri, Request request) {
        String allow = String.join(", ", allowed);
        return respond(405, "method-not-allowed", "Method Not Allowed",
                "This path does not support the method " + request.getMethod() + "; allowed: " + allow, uri, null)
                .header(HttpHeaders.ALLOW, allow)
                .build();
    }

    @ServerExceptionMapper
    public Response web(WebApplicationException e, UriInfo uri) {
        int status = e.getResponse().getStatus();
        if (status == 400 && e.getCause() instanceof JsonProcessingException json) {
            // Quarkus's JSON reader wraps a parse failure (not valid JSON) in a plain 400
            return json(json, uri);
        }
        if (status >= 500) {
            return unexpected(e, uri);
        }
        Response.Status known = Response.Status.fromStatusCode(status);
        String title = known == null ? "Request failed" : known.getReasonPhrase();
        String detail = switch (status) {
            case 404 -> "There is nothing at this path";
            case 405 -> "This path does not support the method " + requestMethodHint(e);
            case 406 -> "This operation answers only application/json";
            case 415 -> uri.getPath().endsWith("/imports") ? "Send the body as text/csv or application/json"
                    : "Send the request body as application/json";
            case 401 -> "A valid bearer token is required";
            default -> title;
        };
        Response.ResponseBuilder builder = respond(status, slugOf(title), title, detail, uri, null);
        String allow = e.getResponse().getHeaderString(HttpHeaders.ALLOW);
        if (allow != null) {
            builder.header(HttpHeaders.ALLOW, allow);
        }
        if (status == 401) {
            builder.header(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"samordna\"");
        }
        return builder.build();
    }

    /**
     * Every failure no other mapper answers; those of a database that is gone or too slow, or that undid the
     * transaction for a concurrent one (wherever they surface: Hibernate, the transaction manager, the pool), are a
     * 503 with Retry-After, since the same request succeeds later.
     */
    @ServerExceptionMapper
    public Response unexpected(Throwable e, UriInfo uri) {
        DatabaseUnavailable.Kind outage = DatabaseUnavailable.of(e);
        if (outage != null) {
            return serviceUnavailable(outage, e, uri);
        }
        Log.errorf(e, "Unexpected failure on %s", uri.getPath());
        return respond(500, "internal", "Internal error",
                "Something went wrong on our side. Nothing was changed; try again, and tell us if it persists.", uri,
                null).build();
    }

    private Response serviceUnavailable(DatabaseUnavailable.Kind outage, Throwable e, UriInfo uri) {
        // one line, no stack trace: an outage fails every request alike, and the pool logs its own warnings
        Log.warnf("%s on %s: %s", switch (outage) {
            case TOO_SLOW -> "Statement timeout";
            case CONTENDED -> "Transaction aborted for a concurrent one";
            case UNREACHABLE -> "Database unavailable";
        }, uri.getPath(), rootMessage(e));
        String detail = switch (outage) {
            case TOO_SLOW -> "The database did not answer in time and the request was cut off.";
            case CONTENDED -> "Another change of the same objects ran at the same moment, and the database undid this one"
                    + " to let it finish.";
            case UNREACHABLE -> "The database cannot be reached at the moment.";
        };
        return respond(503, "service-unavailable", "Service Unavailable", detail
                + " A change is either made whole or not at all: read before you repeat one. Try again after Retry-After seconds.",
                uri, null)
                .header(HttpHeaders.RETRY_AFTER, retryAfterSeconds)
                .build();
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName() + ": " + root.getMessage();
    }

    static Response.ResponseBuilder respond(int status, String slug, String title, String detail, UriInfo uri,
            List<Problem.FieldError> errors) {
        String instance = uri == null ? null : uri.getRequestUri().getRawPath();
        Problem body = new Problem(uri == null ? "about:blank" : Problem.type(uri.getBaseUri(), slug), title, status, detail, instance,
                RequestIds.current(), errors == null || errors.isEmpty() ? null
                        : errors.size() > Problem.MAX_ERRORS ? List.copyOf(errors.subList(0, Problem.MAX_ERRORS)) : errors);
        return Response.status(status).type(Problem.MEDIA_TYPE).entity(body);
    }

    private static String invalidFields(int count) {
        return count == 1 ? "The request has 1 invalid field" : "The request has " + count + " invalid fields";
    }

    /** The field path seen by the client: the body's JSON path or the query parameter, without method names. */
    public static String fieldOf(ConstraintViolation<?> violation) {
        StringBuilder out = new StringBuilder();
        for (Path.Node node : violation.getPropertyPath()) {
            ElementKind kind = node.getKind();
            if (kind == ElementKind.METHOD || kind == ElementKind.CONSTRUCTOR || kind == ElementKind.RETURN_VALUE
                    || kind == ElementKind.CROSS_PARAMETER) {
                continue;
            }
            if (kind == ElementKind.PARAMETER) {
                // a body parameter contributes no name; a query parameter is named by its own name
                out.setLength(0);
                if (!"body".equals(node.getName())) {
                    out.append(node.getName());
                }
                continue;
            }
            if (node.getIndex() != null && kind != ElementKind.BEAN) {
                // Hibernate Validator puts the index of a list element on the element's property node
                out.append('[').append(node.getIndex()).append(']');
            }
            if (node.getName() != null && kind != ElementKind.CONTAINER_ELEMENT) {
                if (!out.isEmpty()) {
                    out.append('.');
                }
                out.append(node.getName());
            }
        }
        return out.isEmpty() ? "body" : out.toString();
    }

    static String jsonPath(JsonMappingException e) {
        return e.getPath().stream()
                .map(ref -> ref.getFieldName() != null ? "." + ref.getFieldName() : "[" + ref.getIndex() + "]")
                .collect(Collectors.joining())
                .replaceFirst("^\\.", "");
    }

    private static String describe(Class<?> type) {
        if (type.isEnum()) {
            Object[] constants = type.getEnumConstants();
            return "one of " + java.util.Arrays.stream(constants).map(Object::toString)
                    .collect(Collectors.joining(", "));
        }
        return switch (type.getSimpleName()) {
            case "UUID" -> "a UUID";
            case "LocalDate" -> "a date (YYYY-MM-DD)";
            case "Instant", "OffsetDateTime" -> "an instant with offset (ISO 8601)";
            case "int", "Integer", "long", "Long" -> "a whole number";
            case "boolean", "Boolean" -> "true or false";
            default -> "a " + type.getSimpleName().toLowerCase();
        };
    }

    private static boolean causedBy(Throwable e, Class<? extends Throwable> type) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return true;
            }
        }
        return false;
    }

    private static String slugOf(String title) {
        return title.toLowerCase().replaceAll("[^a-z0-9]+", "-");
    }

    private static String requestMethodHint(WebApplicationException e) {
        String allow = e.getResponse().getHeaderString(HttpHeaders.ALLOW);
        return allow == null ? "used" : "used; allowed: " + allow;
    }
}
