package se.samordna.web;

import java.util.List;

/** A failure the caller can act on, carried to {@link ProblemMappers} and answered as problem+json. */
public class ProblemException extends RuntimeException {

    private final int status;
    private final String slug;
    private final String title;
    private final List<Problem.FieldError> errors;
    private final Integer retryAfterSeconds;

    public ProblemException(int status, String slug, String title, String detail, List<Problem.FieldError> errors) {
        this(status, slug, title, detail, errors, null);
    }

    private ProblemException(int status, String slug, String title, String detail, List<Problem.FieldError> errors,
            Integer retryAfterSeconds) {
        super(detail, null, false, false);
        this.status = status;
        this.slug = slug;
        this.title = title;
        this.errors = errors;
        this.retryAfterSeconds = retryAfterSeconds;
    }

    /** A refusal that passes when the client asks again later: answered with {@code Retry-After}. */
    public static ProblemException retryLater(int status, String slug, String title, String detail, int seconds) {
        return new ProblemException(status, slug, title, detail, null, seconds);
    }

    public static ProblemException notFound(String what) {
        return new ProblemException(404, "not-found", "Not found", what + " was not found", null);
    }

    public static ProblemException invalid(String field, String message) {
        return new ProblemException(400, "validation", "Invalid request", "The request has 1 invalid field",
                List.of(new Problem.FieldError(field, message)));
    }

    public static ProblemException conflict(String detail) {
        return new ProblemException(409, "conflict", "Conflict", detail, null);
    }

    /** A conflict with the state of what one field names, such as a survey that is no longer OPEN. */
    public static ProblemException conflict(String detail, String field, String message) {
        return new ProblemException(409, "conflict", "Conflict", detail, List.of(new Problem.FieldError(field, message)));
    }

    public static ProblemException forbidden(String detail) {
        return new ProblemException(403, "forbidden", "Forbidden", detail, null);
    }

    /** A field of the body that the caller's role may not set, such as a member's {@code internal: true}. */
    public static ProblemException forbidden(String field, String message) {
        return new ProblemException(403, "forbidden", "Forbidden", "Your role may not set " + field,
                List.of(new Problem.FieldError(field, message)));
    }

    public static ProblemException unauthorized() {
        return new ProblemException(401, "unauthorized", "Unauthorized",
                "A valid bearer token is required", null);
    }

    public static ProblemException staleVersion(long current) {
        return new ProblemException(412, "stale-version", "Precondition failed",
                "The object was changed by someone else: its current version is " + current
                        + ". Read it again and repeat your change.", null);
    }

    public static ProblemException ifMatchRequired() {
        return new ProblemException(428, "if-match-required", "Precondition required",
                "Send the ETag of the version you changed in an If-Match header", null);
    }

    public int status() {
        return status;
    }

    public String slug() {
        return slug;
    }

    public String title() {
        return title;
    }

    public List<Problem.FieldError> errors() {
        return errors;
    }

    /** Seconds after which asking again may succeed, or null. */
    public Integer retryAfterSeconds() {
        return retryAfterSeconds;
    }
}
