package se.samordna.national;

import se.samordna.meeting.MeetingKind;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import se.samordna.support.RequestStatus;
import se.samordna.survey.SurveyStatus;

/** Every county's work in figures, for Brå: counts and shares only, never a name, e-mail or free text. */
@Schema(name = "NationalStatistics")
public record NationalStatisticsView(
        @Schema(description = "First day of the period (Swedish day, included)", examples = "2025-12-01") LocalDate from,
        @Schema(description = "Last day of the period (Swedish day, included)", examples = "2026-11-30") LocalDate to,
        @Schema(maxItems = 21, description = "Every county of the reference data (21), by county code, also those with nothing")
        List<CountyStatistics> counties) {

    /** One county's figures. */
    @Schema(name = "CountyStatistics")
    public record CountyStatistics(
            @Schema(maxLength = 2, examples = "08") String countyCode,
            @Schema(maxLength = 40, description = "The county's name from the reference data", examples = "Kalmar län") String countyName,
            @Schema(description = "Municipalities of the county", examples = "12") int municipalities,
            Surveys surveys,
            Networks networks,
            Meetings meetings,
            SupportRequests supportRequests,
            FollowUp followUp) {
    }

    /**
     * How far the county's work reaches its municipalities, counted as the county's overview counts
     * ({@code GET /counties/{cc}/overview} for the same period): municipalities reached by all four of the latest
     * survey, a network, a meeting attended in the period and a support request, and the needs the latest survey's
     * responses named, and of them those answered since by a held meeting or a resolved request.
     */
    @Schema(name = "CountyFollowUpStatistics")
    public record FollowUp(
            @Schema(description = "Municipalities reached in all four: survey, network, meeting, support", examples = "3")
            long municipalitiesReachedInAllFour,
            @Schema(description = "Needs named in the latest OPEN or CLOSED survey (per municipality and category)",
                    examples = "18") long needsNamed,
            @Schema(description = "Of them, answered since by a held meeting or a resolved request", examples = "7")
            long needsAnswered,
            @Schema(description = "needsAnswered / needsNamed in percent, one decimal; null when none was named",
                    nullable = true, examples = "38.9") Double needsAnsweredPercent) {
    }

    /** The county's needs surveys, whatever the period, and the coverage of its latest OPEN or CLOSED one. */
    @Schema(name = "CountySurveyStatistics")
    public record Surveys(
            @Schema(description = "Surveys of the county", examples = "3") long total,
            @Schema(description = "Surveys by status, every status named") Map<SurveyStatus, Long> byStatus,
            @Schema(description = "The coverage of the latest OPEN or CLOSED survey (the one that opens last); null "
                    + "when the county has none", nullable = true) Coverage latest) {
    }

    /** How many of the county's municipalities one survey reached, as the survey's report counts them. */
    @Schema(name = "CountySurveyCoverage")
    public record Coverage(
            @Schema(examples = "OPEN") SurveyStatus status,
            @Schema(examples = "2026-09-01") LocalDate opensOn,
            @Schema(examples = "2026-12-15") LocalDate closesOn,
            @Schema(description = "Municipalities of the county with at least one responding organisation of that "
                    + "municipality", examples = "7") long municipalitiesReached,
            @Schema(description = "municipalitiesReached / municipalities in percent, one decimal", examples = "58.3")
            double reachedPercent) {
    }

    /** The county's ACTIVE networks and their memberships current today. */
    @Schema(name = "CountyNetworkStatistics")
    public record Networks(
            @Schema(description = "ACTIVE networks", examples = "4") long active,
            @Schema(description = "Memberships of ACTIVE networks current today (joined, and not left)", examples = "37")
            long currentMembers) {
    }

    /** The county's meetings held in the period: HELD, starting in it. */
    @Schema(name = "CountyMeetingStatistics")
    public record Meetings(
            @Schema(description = "Meetings held in the period", examples = "9") long held,
            @Schema(description = "Those meetings by kind, every kind named") Map<MeetingKind, Long> heldByKind) {
    }

    /** The support requests filed in the period and how fast the county first answered them. */
    @Schema(name = "CountySupportStatistics")
    public record SupportRequests(
            @Schema(description = "Requests filed in the period", examples = "14") long filed,
            @Schema(description = "Those requests by their status now, every status named") Map<RequestStatus, Long> byStatus,
            @Schema(description = "Those of them a coordinator has answered (first transition or public comment)",
                    examples = "12") long answered,
            @Schema(description = "Median seconds from filing to the first answer, of those answered; null when none was",
                    examples = "93600", nullable = true) Double medianSecondsToFirstAnswer) {
    }
}
