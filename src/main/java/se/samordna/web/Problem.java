package se.samordna.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An RFC 9457 problem detail, the body of every error response. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "Problem", description = "RFC 9457 problem detail (application/problem+json)")
public record Problem(
        @Schema(maxLength = 2048, description = "URI identifying the problem type: the section of the API's own documentation page that explains it (`{API base}/docs/problems#{type}`), which resolves on the server that answered", examples = "http://localhost:8080/api/v1/docs/problems#validation")
        String type,
        @Schema(maxLength = 200, description = "Short summary of the problem type", examples = "Invalid request")
        String title,
        @Schema(description = "HTTP status code", examples = "400")
        int status,
        @Schema(maxLength = 4000, description = "What went wrong in this occurrence", examples = "The request has 1 invalid field")
        String detail,
        @Schema(maxLength = 2048, description = "The request path", examples = "/api/v1/counties/08/organisations")
        String instance,
        @Schema(maxLength = RequestIds.MAX_LENGTH, pattern = "^[A-Za-z0-9._:-]+$", description = "The id of the request, also answered in the X-Request-Id header and written with every log line of the request: quote it when you report a problem", examples = "5b0e7c1a-3f2d-4e8b-9a61-0c4d2f7e8b93")
        String requestId,
        @Schema(maxItems = Problem.MAX_ERRORS, description = "The fields at fault (validation problems only)")
        List<FieldError> errors) {

    public static final String MEDIA_TYPE = "application/problem+json";
    /** A problem names at most this many fields at fault (the first ones found); fix those and send again. */
    public static final int MAX_ERRORS = 100;
    /** Where the problem types are documented, relative to the API's base URI (…/api/v1/). */
    public static final String TYPES_PAGE = "docs/problems";
    /** The type base as the spec's examples show it (the API on its default port). */
    public static final String EXAMPLE_TYPE_BASE = "http://localhost:8080/api/v1/" + TYPES_PAGE + "#";

    /**
     * The type URI of a problem: the anchor of its section on the documentation page served by the same API, so that
     * it resolves wherever the API runs (behind a proxy, set quarkus.http.proxy.proxy-address-forwarding so the base
     * is the public one).
     */
    public static String type(java.net.URI apiBase, String slug) {
        return apiBase.resolve(TYPES_PAGE).toString() + "#" + slug;
    }

    /** One field at fault: a JSON path into the request body, or the name of a query parameter or header. */
    @Schema(name = "FieldError")
    public record FieldError(
            @Schema(maxLength = 1000, examples = "organisationNumber") String field,
            @Schema(maxLength = 1000, examples = "must be a valid Swedish organisation number (ten digits, Luhn check digit)") String message) {

        /** A field's name is the client's own text where it is unknown to us: cut to what the spec allows. */
        public FieldError {
            field = cut(field, 1000);
            message = cut(message, 1000);
        }
    }

    /**
     * {@code text} cut to at most {@code max} characters (code points, as JSON Schema's maxLength counts them), the
     * cut marked with an ellipsis; null stays null.
     */
    public static String cut(String text, int max) {
        if (text == null || text.codePointCount(0, text.length()) <= max) {
            return text;
        }
        return text.substring(0, text.offsetByCodePoints(0, max - 1)) + "…";
    }
}
