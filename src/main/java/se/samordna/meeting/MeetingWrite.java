package se.samordna.meeting;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import se.samordna.county.NeedCategory;

/** What a client writes to create or replace a meeting. */
@Schema(name = "MeetingWrite")
public record MeetingWrite(
        @NotBlank @Size(max = 200) @Schema(examples = "Nätverksträff: trygghet i centrum") String title,
        @NotBlank @Size(max = 500) @Schema(description = "The meeting's theme", examples = "Situationell prevention i stadskärnan")
        String theme,
        @NotNull @Schema(examples = "NETWORK_MEETING") MeetingKind kind,
        @Schema(description = "Whom a training is for: required for a TRAINING, absent for other kinds", examples = "POLITICIANS")
        Audience audience,
        @Schema(description = "The network whose meeting it is; a network of the same county") UUID networkId,
        @NotNull @Schema(description = "Start, an instant with offset (answered in UTC)", examples = "2026-12-03T09:00:00+01:00")
        OffsetDateTime startsAt,
        @NotNull @Schema(description = "End, after the start", examples = "2026-12-03T12:00:00+01:00")
        OffsetDateTime endsAt,
        @Size(max = 500) @Schema(description = "Where; a location, an online link or both", examples = "Länsstyrelsen, Regeringsgatan 1, Kalmar")
        String location,
        @Size(max = 2000) @Pattern(regexp = "^https?://\\S+$", message = "must be an http or https URL")
        @Schema(description = "The link to join online", examples = "https://meet.example.se/brottsforebyggande")
        String onlineUrl,
        @Schema(description = "PLANNED (the default) becomes HELD or CANCELLED; no other move", examples = "PLANNED")
        MeetingStatus status,
        @Size(max = 100) @Schema(description = "The agenda in order")
        List<@NotNull @Valid AgendaItem> agenda,
        @Size(max = 100) @Schema(description = "Invited guests: police, Brå, researchers")
        List<@NotNull @Valid Guest> guests,
        @Size(max = 50000) @Schema(description = "Only once the meeting is HELD", examples = "Genomgång av lägesbilden …")
        String minutes,
        @Size(max = 200) @Schema(description = "Follow-up actions; only once the meeting is HELD")
        List<@NotNull @Valid FollowUpAction> actions,
        @Size(max = 8) @Schema(description = "The needs the meeting answers (for the follow-up of surveys)")
        List<@NotNull NeedCategory> needCategories,
        @Size(max = 300) @Schema(description = "SCB codes of the municipalities it concerns; each must lie in the county",
                examples = "[\"0880\", \"0881\"]")
        List<@NotNull @Size(max = 4) @Pattern(regexp = "^[0-9]{4}$", message = "must be a four-digit SCB municipality code") String> municipalityCodes) {

    /** One item of the agenda. */
    @Schema(name = "AgendaItem")
    public record AgendaItem(
            @NotBlank @Size(max = 300) @Schema(examples = "Lägesbild från polisen") String title,
            @Size(max = 200) @Schema(nullable = true, examples = "Jonas Ekström, kommunpolis") String speaker,
            @Min(1) @Max(1440) @Schema(nullable = true, description = "Its length in minutes", examples = "30") Integer minutes) {
    }

    /** An invited guest. */
    @Schema(name = "Guest")
    public record Guest(
            @NotBlank @Size(max = 200) @Schema(examples = "Anna Forsman") String name,
            @Size(max = 200) @Schema(nullable = true, examples = "Brå") String organisation,
            @Size(max = 300) @Schema(nullable = true, examples = "Effektiva åtgärder mot bostadsinbrott") String topic) {
    }

    /** An action to follow up after the meeting. */
    @Schema(name = "FollowUpAction")
    public record FollowUpAction(
            @NotBlank @Size(max = 1000) @Schema(examples = "Sammanställ kommunernas trygghetsmätningar") String text,
            @Size(max = 200) @Schema(nullable = true, examples = "Karin Åberg") String owner,
            @Schema(nullable = true, examples = "2027-01-31") LocalDate dueOn,
            @Schema(examples = "false") boolean done) {
    }
}
