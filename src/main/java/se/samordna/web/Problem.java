package se.samordna.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An RFC 9457 problem detail, the body of every error response. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "Problem", description = "RFC 9457 problem detail (application/problem+json)")
public record Problem(
        @Schema(description = "URI identifying the problem type", examples = "https://samordna.se/problems/validation")
        String type,
        @Schema(description = "Short summary of the problem type", examples = "Invalid request")
        String title,
        @Schema(description = "HTTP status code", examples = "400")
        int status,
        @Schema(description = "What went wrong in this occurrence", examples = "The request has 1 invalid field")
        String detail,
        @Schema(description = "The request path", examples = "/api/v1/counties/08/organisations")
        String instance,
        @Schema(description = "The fields at fault (validation problems only)")
        List<FieldError> errors) {

    public static final String MEDIA_TYPE = "application/problem+json";
    public static final String TYPE_BASE = "https://samordna.se/problems/";

    /** One field at fault: a JSON path into the request body, or the name of a query parameter or header. */
    @Schema(name = "FieldError")
    public record FieldError(
            @Schema(examples = "organisationNumber") String field,
            @Schema(examples = "must be a valid Swedish organisation number (ten digits, Luhn check digit)") String message) {
    }
}
