package se.samordna.support;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A comment on a request. */
@Schema(name = "CommentWrite")
public record CommentWrite(
        @NotBlank @Size(max = 10000) @Schema(examples = "Vi har bokat ett första möte den 3 december.") String text,
        @Schema(description = "Coordinators only: an internal note that members never see (a member's true is 403)",
                defaultValue = "false") Boolean internal) {
}
