package se.samordna.survey;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import se.samordna.county.ImportableEntity;

/** One organisation's response to one survey: its answers and the needs it named; importable by its externalId. */
@Entity
@Table(name = "survey_response")
public class SurveyResponse extends ImportableEntity {

    public static final String RESOURCE_TYPE = "survey-response";

    @Column(name = "survey_id", nullable = false, updatable = false)
    public UUID surveyId;

    @Column(name = "organisation_id", nullable = false)
    public UUID organisationId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ResponseMode mode;

    @Column(name = "interviewed_on")
    public LocalDate interviewedOn;

    @Column(name = "interviewer_subject")
    public String interviewerSubject;

    @Column(name = "interviewer_name")
    public String interviewerName;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public List<Answer> answers = List.of();

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public List<Need> needs = List.of();
}
