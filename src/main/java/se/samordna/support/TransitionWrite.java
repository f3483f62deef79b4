package se.samordna.support;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A move of a request through its workflow, and why. */
@Schema(name = "TransitionWrite")
public record TransitionWrite(
        @NotNull @Schema(examples = "TRIAGE") TransitionAction action,
        @Size(max = 2000) @Schema(description = "Why; the filer reads it in the request's transitions",
                examples = "Vi tar det på nätverksträffen i december.") String comment) {
}
