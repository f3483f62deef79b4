package se.samordna.survey;

import se.samordna.county.NeedCategory;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.TextNode;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import se.samordna.audit.CurrentActor;
import se.samordna.contact.LinkedContacts;
import se.samordna.county.CountyResourceService;
import se.samordna.organisation.Organisation;
import se.samordna.organisation.OrganisationRepository;
import se.samordna.web.Page;
import se.samordna.web.PageParams;
import se.samordna.web.ProblemException;

/**
 * Responses to a survey, always addressed under their survey (the parent of the shared operations): one per organisation, written only while the survey
 * is OPEN, each answer checked against its question. A member writes SELF responses for the organisation of its
 * linked contact and sees no other organisation's response (404, as if it did not exist).
 */
@ApplicationScoped
public class SurveyResponseService extends CountyResourceService<SurveyResponse, ResponseWrite, ResponseView> {

    static final Map<String, String> SORTABLE = Map.of(
            "createdAt", "createdAt", "updatedAt", "updatedAt", "interviewedOn", "interviewedOn", "mode", "mode");

    static final int MAX_TEXT = 4000;

    private final SurveyResponseRepository responses;
    private final SurveyService surveys;
    private final OrganisationRepository organisations;
    private final SurveyAccess access;
    private final LinkedContacts linkedContacts;
    private final CurrentActor currentActor;

    SurveyResponseService(SurveyResponseRepository responses, SurveyService surveys,
            OrganisationRepository organisations, SurveyAccess access, LinkedContacts linkedContacts,
            CurrentActor currentActor) {
        super(responses, SurveyResponse.RESOURCE_TYPE, ResponseWrite.class, null);
        this.responses = responses;
        this.surveys = surveys;
        this.organisations = organisations;
        this.access = access;
        this.linkedContacts = linkedContacts;
        this.currentActor = currentActor;
    }

    /** Filters of the response list; each may be null. */
    public record Filter(UUID organisationId, String municipalityCode, ResponseMode mode) {
    }

    public Page<ResponseView> list(String countyCode, UUID surveyId, Filter filter, PageParams paging) {
        surveys.visible(countyCode, surveyId);
        return list(countyCode, conditions(countyCode, surveyId, filter), paging, SORTABLE, "createdAt");
    }

    /** Every response of the survey that the filter selects, oldest first, with the survey (for the CSV export). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Export export(String countyCode, UUID surveyId, Filter filter) {
        Survey survey = surveys.visible(countyCode, surveyId);
        List<Condition> conditions = conditions(countyCode, surveyId, filter);
        Parameters parameters = new Parameters().and("countyCode", countyCode);
        conditions.forEach(c -> c.parameters().map().forEach(parameters::and));
        String where = "countyCode = :countyCode and "
                + String.join(" and ", conditions.stream().map(Condition::jpql).toList());
        List<SurveyResponse> found = responses.list(where + " order by createdAt, id", parameters);
        return new Export(SurveyView.of(survey), views(found));
    }

    /** A survey with the responses to export. */
    public record Export(SurveyView survey, List<ResponseView> responses) {
    }

    private List<Condition> conditions(String countyCode, UUID surveyId, Filter filter) {
        List<Condition> conditions = new ArrayList<>();
        conditions.add(new Condition("surveyId = :surveyId", Parameters.with("surveyId", surveyId)));
        if (access.isMemberOnly()) {
            conditions.add(new Condition("organisationId = :own",
                    Parameters.with("own", linkedContacts.requireOrganisation(countyCode))));
        }
        if (filter.organisationId() != null) {
            conditions.add(new Condition("organisationId = :organisationId",
                    Parameters.with("organisationId", filter.organisationId())));
        }
        if (filter.municipalityCode() != null && !filter.municipalityCode().isBlank()) {
            conditions.add(new Condition("organisationId in (select o.id from Organisation o"
                    + " where o.countyCode = :countyCode and o.municipalityCode = :municipalityCode)",
                    Parameters.with("municipalityCode", filter.municipalityCode().strip())));
        }
        if (filter.mode() != null) {
            conditions.add(new Condition("mode = :mode", Parameters.with("mode", filter.mode())));
        }
        return conditions;
    }

    @Override
    protected String parentField() {
        return "surveyId";
    }

    /**
     * The response as the caller may see it: under its survey (when one is named) and for a member only its
     * organisation's; anything else is 404, as an unknown id. A member's DRAFT survey is unknown too.
     */
    @Override
    protected SurveyResponse find(String countyCode, UUID surveyId, UUID id) {
        if (surveyId != null) {
            surveys.visible(countyCode, surveyId);
        }
        SurveyResponse response = responses.getInCounty(countyCode, id);
        if ((surveyId != null && !response.surveyId.equals(surveyId)) || (access.isMemberOnly()
                && !response.organisationId.equals(linkedContacts.requireOrganisation(countyCode)))) {
            throw ProblemException.notFound(responses.displayName() + " " + id);
        }
        return response;
    }

    @Override
    protected SurveyResponse newEntity(String countyCode, UUID surveyId) {
        if (surveyId == null) {
            throw new IllegalStateException("a survey response is created under its survey");
        }
        surveys.visible(countyCode, surveyId);
        SurveyResponse response = new SurveyResponse();
        response.surveyId = surveyId;
        return response;
    }

    /** Only while the survey is OPEN, as every write of a response. */
    @Override
    @Transactional
    public void delete(String countyCode, UUID surveyId, UUID id, long expectedVersion) {
        SurveyResponse response = find(countyCode, surveyId, id);
        writes.requireVersion(response, expectedVersion);
        requireOpen(surveys.visibleForResponse(countyCode, response.surveyId));
        writes.delete(resourceType(), response);
    }

    /** Also after a delete, but only under a survey of the county that the caller may see. */
    @Override
    protected void requireHistoryVisible(String countyCode, UUID surveyId, UUID id) {
        if (surveyId != null) {
            surveys.visible(countyCode, surveyId);
        }
        super.requireHistoryVisible(countyCode, surveyId, id);
    }





    /**
     * Who may write it (403), then the body against the survey and the county (400), then the survey's state and
     * the one response per organisation (409); only then is the response changed.
     */
    @Override
    protected void apply(String countyCode, ResponseWrite write, SurveyResponse response) {
        if (access.isMemberOnly()) {
            if (write.mode() != ResponseMode.SELF) {
                throw ProblemException.forbidden("A member sends SELF responses; interviews are recorded by coordinators");
            }
            if (!write.organisationId().equals(linkedContacts.requireOrganisation(countyCode))) {
                throw ProblemException.forbidden("A member answers only for the organisation of its linked contact");
            }
        }
        Survey survey = surveys.visibleForResponse(countyCode, response.surveyId);
        if (!organisations.existsInCounty(countyCode, write.organisationId())) {
            throw ProblemException.invalid("organisationId", "must be an organisation of county " + countyCode);
        }
        if (write.mode() == ResponseMode.INTERVIEW && write.interviewedOn() == null) {
            throw ProblemException.invalid("interviewedOn", "is required for an INTERVIEW");
        }
        if (write.mode() == ResponseMode.SELF && write.interviewedOn() != null) {
            throw ProblemException.invalid("interviewedOn", "only an INTERVIEW has an interview date");
        }
        List<Answer> answers = answers(survey, write.answers() == null ? List.of() : write.answers());
        List<Need> needs = needs(write.needs() == null ? List.of() : write.needs());
        requireOpen(survey);
        if (responses.answered(countyCode, survey.id, write.organisationId(), response)) {
            throw ProblemException.conflict("The organisation has already responded to this survey", "organisationId",
                    "has responded to this survey already: one response per organisation");
        }
        responses.answering(response, write.organisationId());

        if (write.mode() == ResponseMode.SELF) {
            response.interviewerSubject = null;
            response.interviewerName = null;
        } else if (response.mode != ResponseMode.INTERVIEW || response.interviewerSubject == null) {
            response.interviewerSubject = currentActor.get().subject();
            response.interviewerName = currentActor.get().name();
        }
        response.organisationId = write.organisationId();
        response.mode = write.mode();
        response.interviewedOn = write.interviewedOn();
        if (!answers.equals(response.answers)) {
            response.answers = answers;
        }
        if (!needs.equals(response.needs)) {
            response.needs = needs;
        }
        response.externalId = write.storedExternalId();
    }

    private static void requireOpen(Survey survey) {
        if (survey.status != SurveyStatus.OPEN) {
            throw ProblemException.conflict("Responses are written only while the survey is OPEN; it is "
                    + survey.status, "surveyId", "is " + survey.status + ": responses are written only while it is OPEN");
        }
    }

    /** The answers checked against their questions, in the order written, unanswered ones (null) left out. */
    private static List<Answer> answers(Survey survey, List<AnswerWrite> written) {
        Set<UUID> answered = new HashSet<>();
        List<Answer> answers = new ArrayList<>();
        for (int i = 0; i < written.size(); i++) {
            AnswerWrite answer = written.get(i);
            String at = "answers[" + i + "]";
            Question question = survey.question(answer.questionId()).orElseThrow(() -> ProblemException.invalid(
                    at + ".questionId", "is not a question of this survey"));
            if (!answered.add(question.id())) {
                throw ProblemException.invalid(at + ".questionId", "answers a question already answered");
            }
            JsonNode value = answer.value();
            if (value == null || value.isNull()) {
                if (question.required()) {
                    throw ProblemException.invalid(at + ".value", "must be answered: the question is required");
                }
                continue;
            }
            String problem = problemWith(question, value);
            if (problem != null) {
                throw ProblemException.invalid(at + ".value", problem);
            }
            answers.add(new Answer(question.id(), value.isTextual() ? TextNode.valueOf(value.asText().strip()) : value));
        }
        for (int q = 0; q < survey.questions.size(); q++) {
            Question question = survey.questions.get(q);
            if (question.required() && !answered.contains(question.id())) {
                throw ProblemException.invalid("answers", "must answer required question " + (q + 1) + " ("
                        + question.id() + ")");
            }
        }
        return List.copyOf(answers);
    }

    /** What is wrong with a value given for the question, or null when it fits. */
    private static String problemWith(Question question, JsonNode value) {
        return switch (question.type()) {
            case SINGLE_CHOICE -> value.isTextual() && question.options().contains(value.asText().strip()) ? null
                    : "must be one of the options " + question.options();
            case MULTI_CHOICE -> {
                if (!value.isArray() || value.isEmpty()) {
                    yield "must be an array of one or more of the options " + question.options();
                }
                Set<String> chosen = new HashSet<>();
                for (JsonNode option : value) {
                    if (!option.isTextual() || !question.options().contains(option.asText())) {
                        yield "must hold only the options " + question.options();
                    }
                    if (!chosen.add(option.asText())) {
                        yield "must name each option once";
                    }
                }
                yield null;
            }
            case SCALE_1_5 -> value.isIntegralNumber() && value.asInt() >= 1 && value.asInt() <= 5
                    && value.canConvertToInt() ? null : "must be a whole number from 1 to 5";
            case TEXT -> !value.isTextual() || value.asText().isBlank() ? "must be a non-blank text"
                    : value.asText().codePoints().count() > MAX_TEXT ? "must be at most " + MAX_TEXT + " characters" : null;
        };
    }

    private static List<Need> needs(List<Need> written) {
        Set<NeedCategory> named = new HashSet<>();
        for (int i = 0; i < written.size(); i++) {
            if (!named.add(written.get(i).category())) {
                throw ProblemException.invalid("needs[" + i + "].category", "names a category already named");
            }
        }
        return written.stream().map(n -> new Need(n.category(), n.priority(),
                n.note() == null || n.note().isBlank() ? null : n.note().strip())).toList();
    }

    @Override
    protected ResponseWrite toWrite(SurveyResponse r) {
        return new ResponseWrite(r.organisationId, r.mode, r.interviewedOn,
                r.answers.stream().map(a -> new AnswerWrite(a.questionId(), a.value())).toList(), r.needs,
                r.externalId);
    }

    @Override
    protected ResponseView view(SurveyResponse response) {
        return views(List.of(response)).get(0);
    }

    /** Views of a page with their organisations read in one query. */
    @Override
    protected List<ResponseView> views(List<SurveyResponse> page) {
        if (page.isEmpty()) {
            return List.of();
        }
        String countyCode = page.get(0).countyCode;
        Set<UUID> ids = page.stream().map(r -> r.organisationId).collect(Collectors.toSet());
        Map<UUID, Organisation> byId = organisations.list("countyCode = ?1 and id in ?2", countyCode, ids).stream()
                .collect(Collectors.toMap(o -> o.id, Function.identity()));
        return page.stream().map(r -> ResponseView.of(r, byId.get(r.organisationId))).toList();
    }
}
