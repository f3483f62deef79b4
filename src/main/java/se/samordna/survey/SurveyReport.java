package se.samordna.survey;

import se.samordna.region.ReferenceData;
import se.samordna.county.NeedCategory;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import se.samordna.organisation.OrganisationType;

/** What a survey found: the needs named, and which municipalities and kinds of actor were reached. */
@Schema(name = "SurveyReport")
public record SurveyReport(
        UUID surveyId,
        @Schema(maxLength = 200, examples = "Behovskartläggning 2027") String title,
        @Schema(examples = "OPEN") SurveyStatus status,
        @Schema(description = "Responses in all", examples = "5") long responses,
        @Schema(maxItems = 8, description = "Every need category, most named first") List<NeedSummary> needs,
        Coverage coverage) {

    /** How many organisations named a category, how urgently on average, and how many at priority 4 or 5. */
    @Schema(name = "NeedSummary")
    public record NeedSummary(
            @Schema(examples = "LOCAL_PROBLEM_PICTURE") NeedCategory category,
            @Schema(examples = "3") long organisations,
            @Schema(nullable = true, description = "Mean priority (1–5) of those who named it, two decimals; null when none did",
                    examples = "4.33") Double meanPriority,
            @Schema(description = "How many named it at priority 4 or 5", examples = "2") long highPriority) {
    }

    /** Every municipality of the county, reached or not, and the share reached. */
    @Schema(name = "SurveyCoverage")
    public record Coverage(
            @Schema(description = "Municipalities of the county", examples = "12") int municipalities,
            @Schema(description = "Municipalities with at least one responding organisation", examples = "3") int reached,
            @Schema(description = "reached / municipalities in percent, one decimal", examples = "25.0") double reachedPercent,
            @Schema(maxItems = ReferenceData.MOST_MUNICIPALITIES, description = "Every municipality of the county, those not reached first") List<MunicipalityCoverage> byMunicipality,
            @Schema(maxItems = 9, description = "Every organisation type") List<TypeCoverage> byOrganisationType) {
    }

    /** One municipality: reached or not, by how many organisations of which types. */
    @Schema(name = "MunicipalityCoverage")
    public record MunicipalityCoverage(
            @Schema(maxLength = 4, examples = "0881") String municipalityCode,
            @Schema(maxLength = 40, examples = "Nybro") String municipalityName,
            boolean reached,
            @Schema(description = "Responding organisations of this municipality", examples = "2") long organisations,
            @Schema(maxItems = 9, description = "Those organisations by type; empty when not reached") List<TypeCount> byType) {
    }

    /** Responding organisations of one type. */
    @Schema(name = "TypeCount")
    public record TypeCount(@Schema(examples = "MUNICIPALITY") OrganisationType type,
            @Schema(examples = "1") long organisations) {
    }

    /** One organisation type across the county: "police: 3 of 12 municipalities". */
    @Schema(name = "TypeCoverage")
    public record TypeCoverage(
            @Schema(examples = "POLICE") OrganisationType type,
            @Schema(description = "Responding organisations of this type, county-wide ones included", examples = "3") long organisations,
            @Schema(description = "Municipalities with a responding organisation of this type", examples = "3") long municipalitiesReached,
            @Schema(description = "Municipalities of the county", examples = "12") int municipalities) {
    }
}
