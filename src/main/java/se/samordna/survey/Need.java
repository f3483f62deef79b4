package se.samordna.survey;

import se.samordna.county.NeedCategory;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A need an organisation names, with how much it matters to it. */
@Schema(name = "Need")
public record Need(
        @NotNull @Schema(examples = "LOCAL_PROBLEM_PICTURE") NeedCategory category,
        @NotNull @Min(1) @Max(5) @Schema(description = "1 (low) to 5 (urgent)", examples = "4") Integer priority,
        @Size(max = 2000) @Schema(examples = "Vi behöver hjälp att ta fram en lokal lägesbild för centrum.") String note) {
}
