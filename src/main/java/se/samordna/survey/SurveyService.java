package se.samordna.survey;

import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.Optional;
import java.util.UUID;
import se.samordna.county.CountyResourceService;
import se.samordna.county.TextSearch;
import se.samordna.web.Page;
import se.samordna.web.PageParams;
import se.samordna.web.ProblemException;

/**
 * Needs surveys of a county. Status moves only forward (DRAFT → OPEN → CLOSED), questions change only while
 * DRAFT, and only the county's coordinators see a DRAFT: to a member or the importer it is unknown.
 */
@ApplicationScoped
public class SurveyService extends CountyResourceService<Survey, SurveyWrite, SurveyView> {

    static final Map<String, String> SORTABLE = Map.of(
            "title", "title", "opensOn", "opensOn", "closesOn", "closesOn", "status", "status",
            "createdAt", "createdAt", "updatedAt", "updatedAt");

    private final SurveyRepository surveys;
    private final SurveyAccess access;

    SurveyService(SurveyRepository surveys, SurveyAccess access) {
        super(surveys, Survey.RESOURCE_TYPE, SurveyWrite.class, Survey::new);
        this.surveys = surveys;
        this.access = access;
    }

    /** Filters of the survey list; each may be null. */
    public record Filter(SurveyStatus status, String q) {
    }

    public Page<SurveyView> list(String countyCode, Filter filter, PageParams paging) {
        List<Condition> conditions = new ArrayList<>();
        if (access.seesNoDrafts()) {
            conditions.add(new Condition("status <> :draft", Parameters.with("draft", SurveyStatus.DRAFT)));
        }
        if (filter.status() != null) {
            conditions.add(new Condition("status = :status", Parameters.with("status", filter.status())));
        }
        if (TextSearch.present(filter.q())) {
            conditions.add(TextSearch.condition(filter.q(), "title", "description"));
        }
        return list(countyCode, conditions, paging, SORTABLE, "title");
    }

    /** Every shared operation finds a survey as the caller may see it. */
    @Override
    protected Survey find(String countyCode, UUID parentId, UUID id) {
        return visible(countyCode, id);
    }

    /**
     * A DRAFT's history is the coordinators' as the DRAFT is, and so is that of a survey deleted before it was ever
     * more than a DRAFT; once a survey is OPEN, its history is all of it.
     */
    @Override
    protected void requireHistoryVisible(String countyCode, UUID parentId, UUID id) {
        if (access.seesNoDrafts()) {
            Optional<Survey> survey = surveys.findInCounty(countyCode, id);
            if (survey.isPresent() ? survey.get().status == SurveyStatus.DRAFT
                    : !changeLog.recordedOtherThan(countyCode, resourceType(), id, "status", SurveyStatus.DRAFT.name())) {
                throw ProblemException.notFound(surveys.displayName() + " " + id);
            }
        }
        super.requireHistoryVisible(countyCode, parentId, id);
    }

    /**
     * As {@link #visible}, share-locked until the transaction ends, for a write of one of its responses: the survey
     * is not closed meanwhile (a response is written only while it is OPEN), and an import of responses, which locks
     * its surveys for update first, waits for the write and then sees it (or comes first and is seen by it).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Survey visibleForResponse(String countyCode, UUID id) {
        surveys.getForShare(countyCode, id);
        return visible(countyCode, id);
    }

    /** The survey as the caller may see it: 404 for anyone but a coordinator asking for a DRAFT, as for an unknown id. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Survey visible(String countyCode, UUID id) {
        Survey survey = surveys.getInCounty(countyCode, id);
        if (survey.status == SurveyStatus.DRAFT && access.seesNoDrafts()) {
            throw ProblemException.notFound(surveys.displayName() + " " + id);
        }
        return survey;
    }





    /** Checks the whole write first (400), then the move it makes (409), and only then changes the survey. */
    @Override
    protected void apply(String countyCode, SurveyWrite write, Survey survey) {
        if (write.closesOn().isBefore(write.opensOn())) {
            throw ProblemException.invalid("closesOn", "must be on or after opensOn");
        }
        List<Question> questions = questions(write.questions(), survey.questions);
        // a new survey starts as a DRAFT: created OPEN it has moved once, created CLOSED it would skip OPEN
        SurveyStatus from = survey.status == null ? SurveyStatus.DRAFT : survey.status;
        if (!from.mayMoveTo(write.status())) {
            throw ProblemException.conflict("A survey moves DRAFT → OPEN → CLOSED only; it cannot go from "
                    + from + " to " + write.status());
        }
        if (from != SurveyStatus.DRAFT && !questions.equals(survey.questions)) {
            throw ProblemException.conflict("The questions of a survey change only while it is DRAFT; it is "
                    + from);
        }
        survey.title = write.title().strip();
        survey.description = write.description() == null || write.description().isBlank() ? null
                : write.description().strip();
        survey.opensOn = write.opensOn();
        survey.closesOn = write.closesOn();
        survey.status = write.status();
        if (!questions.equals(survey.questions)) {
            survey.questions = questions;
        }
    }

    /** The written questions with their ids: kept where the client names a question of the survey, new otherwise. */
    private static List<Question> questions(List<QuestionWrite> written, List<Question> current) {
        if (written == null) {
            return List.of();
        }
        Set<UUID> known = new HashSet<>(current.stream().map(Question::id).toList());
        Set<UUID> seen = new HashSet<>();
        List<Question> questions = new ArrayList<>();
        for (int i = 0; i < written.size(); i++) {
            QuestionWrite q = written.get(i);
            String at = "questions[" + i + "]";
            if (q.id() != null && !known.contains(q.id())) {
                throw ProblemException.invalid(at + ".id", "is not a question of this survey; leave it out for a new question");
            }
            if (q.id() != null && !seen.add(q.id())) {
                throw ProblemException.invalid(at + ".id", "names a question already listed");
            }
            List<String> options = q.options() == null ? List.of() : q.options().stream().map(String::strip).toList();
            if (q.type().hasOptions() && options.size() < 2) {
                throw ProblemException.invalid(at + ".options", "a " + q.type() + " question needs two or more options");
            }
            if (!q.type().hasOptions() && !options.isEmpty()) {
                throw ProblemException.invalid(at + ".options", "a " + q.type() + " question has no options");
            }
            if (new HashSet<>(options).size() != options.size()) {
                throw ProblemException.invalid(at + ".options", "must be distinct");
            }
            questions.add(new Question(Objects.requireNonNullElseGet(q.id(), UUID::randomUUID), q.text().strip(),
                    q.type(), options, q.required(), q.needCategory()));
        }
        return List.copyOf(questions);
    }

    @Override
    protected SurveyWrite toWrite(Survey s) {
        return new SurveyWrite(s.title, s.description, s.opensOn, s.closesOn, s.status, s.questions.stream()
                .map(q -> new QuestionWrite(q.id(), q.text(), q.type(), q.options(), q.required(), q.needCategory()))
                .toList());
    }

    @Override
    protected SurveyView view(Survey survey) {
        return SurveyView.of(survey);
    }
}
