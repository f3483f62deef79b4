package se.samordna.survey;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import se.samordna.county.CountyEntity;

/** A needs survey of a county: its period, its status and its ordered questions. */
@Entity
@Table(name = "survey")
public class Survey extends CountyEntity {

    public static final String RESOURCE_TYPE = "survey";

    @Column(nullable = false)
    public String title;

    public String description;

    @Column(name = "opens_on", nullable = false)
    public LocalDate opensOn;

    @Column(name = "closes_on", nullable = false)
    public LocalDate closesOn;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public SurveyStatus status;

    /** Read and written whole with the survey; never changed in place, only replaced. */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public List<Question> questions = List.of();

    /** The survey's question with this id, if it has one. */
    public Optional<Question> question(UUID id) {
        return questions.stream().filter(q -> q.id().equals(id)).findFirst();
    }
}
