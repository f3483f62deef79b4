package se.samordna.followup;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import se.samordna.region.ReferenceData;
import se.samordna.survey.SurveyStatus;

/** Every municipality of a county and how far the county's work reaches it: where to go next. */
@Schema(name = "CountyOverview")
public record Overview(
        @Schema(maxLength = 2, examples = "08") String countyCode,
        @Schema(description = "First day of the period (Swedish day, included)", examples = "2025-12-01") LocalDate from,
        @Schema(description = "Last day of the period (Swedish day, included)", examples = "2026-11-30") LocalDate to,
        @Schema(nullable = true, description = "The latest OPEN or CLOSED survey (the one that opens last); null when "
                + "the county has none") LatestSurvey latestSurvey,
        @Schema(maxItems = ReferenceData.MOST_MUNICIPALITIES, description = "Every municipality of the county, the "
                + "lowest level first, then by name") List<MunicipalityOverview> municipalities) {

    /** The survey whose coverage and needs the overview counts. */
    @Schema(name = "OverviewSurvey")
    public record LatestSurvey(
            UUID id,
            @Schema(maxLength = 200, examples = "Behovskartläggning 2027") String title,
            @Schema(examples = "CLOSED") SurveyStatus status) {
    }

    /** One municipality's row. */
    @Schema(name = "MunicipalityOverview")
    public record MunicipalityOverview(
            @Schema(maxLength = 4, examples = "0881") String municipalityCode,
            @Schema(maxLength = 40, examples = "Nybro") String municipalityName,
            @Schema(description = "How many of surveys, networks, meetings and support reach it (0–4): a responding "
                    + "organisation in the latest survey, a current network member, an organisation at a meeting of "
                    + "the period, a request open or resolved in the period", minimum = "0", maximum = "4",
                    examples = "2") int level,
            @Schema(description = "Organisations of the municipality known to the county", examples = "7") long organisations,
            @Schema(description = "Whether the latest survey reached it (at least one responding organisation of it)")
            boolean reachedBySurvey,
            @Schema(description = "Its organisations that responded to the latest survey", examples = "2") long surveyResponses,
            @Schema(description = "Memberships current today, in any ACTIVE network of the county, of its organisations or "
                    + "of their contacts", examples = "4") long networkMembers,
            @Schema(description = "Its organisations of which a contact ATTENDED a meeting starting in the period",
                    examples = "3") long meetingOrganisations,
            @Schema(description = "Support requests of its organisations filed by the end of the period and open now "
                    + "(SUBMITTED, TRIAGED or IN_PROGRESS)", examples = "1") long supportRequestsOpen,
            @Schema(description = "Support requests of its organisations RESOLVED in the period", examples = "2")
            long supportRequestsResolved,
            @Schema(description = "Need categories its organisations named in the latest survey", examples = "3") long needsNamed,
            @Schema(description = "Of those, the needs answered since, as the survey's follow-up counts them",
                    examples = "1") long needsAnswered) {
    }
}
