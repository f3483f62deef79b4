package se.samordna.survey;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import se.samordna.county.Versioned;
import se.samordna.organisation.Organisation;
import se.samordna.organisation.OrganisationType;

/** A survey response as the API answers it, with its organisation named. */
@Schema(name = "SurveyResponse")
public record ResponseView(
        UUID id,
        @Schema(maxLength = 2, examples = "08") String countyCode,
        UUID surveyId,
        UUID organisationId,
        @Schema(maxLength = 200, examples = "Nybro kommun") String organisationName,
        @Schema(examples = "MUNICIPALITY") OrganisationType organisationType,
        @Schema(maxLength = 4, nullable = true, examples = "0881") String municipalityCode,
        @Schema(examples = "INTERVIEW") ResponseMode mode,
        @Schema(nullable = true, examples = "2027-02-03") LocalDate interviewedOn,
        @Schema(nullable = true, description = "The coordinator who recorded the interview; null for SELF") Interviewer interviewer,
        @Schema(maxItems = 100) List<Answer> answers,
        @Schema(maxItems = 20) List<Need> needs,
        @Schema(maxLength = 100, nullable = true, description = "Its key in the system it was imported from", examples = "kalmar-enkat-2027-0881") String externalId,
        @Schema(examples = "0") long version,
        Instant createdAt,
        @Schema(maxLength = 255, description = "Token subject of the creator") String createdBy,
        Instant updatedAt,
        @Schema(maxLength = 255, description = "Token subject of the last writer") String updatedBy) implements Versioned {

    /** Who interviewed: the token subject and user name of the coordinator. */
    @Schema(name = "Interviewer")
    public record Interviewer(@Schema(maxLength = 255) String subject, @Schema(maxLength = 255, nullable = true, examples = "coordinator-08") String name) {
    }

    static ResponseView of(SurveyResponse r, Organisation organisation) {
        return new ResponseView(r.id, r.countyCode, r.surveyId, r.organisationId,
                organisation == null ? null : organisation.name, organisation == null ? null : organisation.type,
                organisation == null ? null : organisation.municipalityCode, r.mode, r.interviewedOn,
                r.interviewerSubject == null ? null : new Interviewer(r.interviewerSubject, r.interviewerName),
                r.answers, r.needs, r.externalId, r.version, r.createdAt, r.createdBy, r.updatedAt, r.updatedBy);
    }
}
