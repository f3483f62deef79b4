package se.samordna.followup;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import se.samordna.county.NeedCategory;
import se.samordna.region.ReferenceData;
import se.samordna.survey.SurveyStatus;

/** What became of the needs a survey found: municipality by municipality, answered since or not. */
@Schema(name = "SurveyFollowUp")
public record FollowUp(
        UUID surveyId,
        @Schema(maxLength = 200, examples = "Behovskartläggning 2027") String title,
        @Schema(examples = "CLOSED") SurveyStatus status,
        @Schema(description = "Municipalities of the county", examples = "12") int municipalities,
        @Schema(maxItems = FollowUp.MOST_NEEDS, description = "Every need category named by organisations of a "
                + "municipality, one row per municipality and category: those named at priority 4–5 and not answered "
                + "first, then by priority (highest first), municipality name and category") List<MunicipalityNeed> needs,
        @Schema(maxItems = 8, description = "Every need category, in the order of the enum") List<CategoryFollowUp> byCategory) {

    /** Every municipality of the largest county times every need category. */
    public static final int MOST_NEEDS = ReferenceData.MOST_MUNICIPALITIES * 8;

    /** The most answering meetings, or requests, listed for one need (the latest first). */
    public static final int MOST_ANSWERS = 50;

    /** One need of one municipality and whether anything answered it since it was named. */
    @Schema(name = "MunicipalityNeed")
    public record MunicipalityNeed(
            @Schema(maxLength = 4, examples = "0881") String municipalityCode,
            @Schema(maxLength = 40, examples = "Nybro") String municipalityName,
            @Schema(examples = "LOCAL_PROBLEM_PICTURE") NeedCategory category,
            @Schema(description = "The highest priority (1–5) an organisation of the municipality gave it",
                    minimum = "1", maximum = "5", examples = "5") int priority,
            @Schema(description = "Organisations of the municipality that named it", examples = "2") long organisations,
            @Schema(description = "When the first response of the municipality naming it was recorded",
                    examples = "2027-02-03T09:12:00Z") Instant namedAt,
            @Schema(description = "Whether a meeting or a support request below answers it") boolean answered,
            @Schema(maxItems = MOST_ANSWERS, description = "HELD meetings naming the category, that started after "
                    + "namedAt and that a contact of an organisation of the municipality ATTENDED; latest first")
            List<Answer> meetings,
            @Schema(maxItems = MOST_ANSWERS, description = "RESOLVED support requests of organisations of the "
                    + "municipality naming the category, resolved after namedAt; latest first")
            List<Answer> supportRequests) {
    }

    /** A meeting or support request that answered a need, and when. */
    @Schema(name = "NeedAnswer")
    public record Answer(
            UUID id,
            @Schema(maxLength = 200, examples = "Lägesbild Nybro centrum") String title,
            @Schema(description = "When the meeting started, or when the request was resolved",
                    examples = "2027-04-12T08:00:00Z") Instant at) {
    }

    /** One need category across the county: of the municipalities that named it, how many were answered. */
    @Schema(name = "CategoryFollowUp")
    public record CategoryFollowUp(
            @Schema(examples = "LOCAL_PROBLEM_PICTURE") NeedCategory category,
            @Schema(description = "Municipalities where an organisation named it", examples = "4") long municipalitiesNamed,
            @Schema(description = "Of those, the municipalities whose need was answered", examples = "1") long municipalitiesAnswered,
            @Schema(description = "municipalitiesAnswered / municipalitiesNamed in percent, one decimal; 0 when none named it",
                    examples = "25.0") double answeredPercent) {
    }
}
