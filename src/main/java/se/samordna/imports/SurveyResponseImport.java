package se.samordna.imports;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import se.samordna.organisation.OrganisationRepository;
import se.samordna.survey.Question;
import se.samordna.survey.QuestionType;
import se.samordna.survey.ResponseWrite;
import se.samordna.survey.Survey;
import se.samordna.survey.SurveyRepository;
import se.samordna.survey.SurveyResponse;
import se.samordna.survey.SurveyResponseRepository;
import se.samordna.survey.SurveyResponseService;
import se.samordna.survey.SurveyService;
import se.samordna.web.Problem.FieldError;
import se.samordna.web.ProblemException;

/**
 * Survey responses imported as they are written one by one ({@link ResponseWrite} under its survey, and its
 * service's rules: the survey OPEN, answers fitting their questions, one response per organisation). A row names its
 * survey by {@code surveyId} (surveys are made in Samordna; one file may answer several) and its organisation by id
 * or, as {@code organisationExternalId}, by its externalId. A CSV row carries its answers in one column per question,
 * {@code answer.<questionId>} (a MULTI_CHOICE cell lists its options separated by {@code ;}, a SCALE_1_5 cell holds
 * the number), and its needs in one column per category, {@code need.<CATEGORY>}, holding the priority; a JSON row
 * may do the same or carry {@code answers} and {@code needs} as the write shape has them. A fault of a CSV row's answer
 * or need is reported on its column. A response imported again (by its externalId) stays with its survey.
 */
@Singleton
class SurveyResponseImport extends ImportKind<ResponseWrite> {

    static final String SURVEY_ID = "surveyId";
    static final String ANSWER = "answer.";
    static final String NEED = "need.";

    private final SurveyResponseRepository responseRepository;
    private final SurveyService surveys;
    private final SurveyRepository surveyRepository;
    private final OrganisationRepository organisations;

    SurveyResponseImport(SurveyResponseService responses, SurveyResponseRepository responseRepository,
            SurveyService surveys, SurveyRepository surveyRepository, OrganisationRepository organisations) {
        super("survey-responses", ResponseWrite.class, responses);
        this.responseRepository = responseRepository;
        this.surveys = surveys;
        this.surveyRepository = surveyRepository;
        this.organisations = organisations;
    }

    @Override
    Set<String> referenceColumns() {
        return Set.of(SURVEY_ID, ExternalReferences.ORGANISATION_EXTERNAL_ID);
    }

    @Override
    Set<String> columnPrefixes() {
        return Set.of(ANSWER, NEED);
    }

    @Override
    void resolveReferences(String countyCode, List<ObjectNode> rows, Map<Integer, List<FieldError>> rejected) {
        ExternalReferences.resolveOrganisations(countyCode, rows, rejected, organisations);
        List<UUID> named = ExternalReferences.parentIds(rows, rejected, SURVEY_ID, "a survey of county " + countyCode);
        Map<UUID, Survey> visible = visibleSurveys(countyCode, named);
        Map<String, SurveyResponse> existing = responseRepository.byExternalIds(countyCode,
                ExternalReferences.keys(rows, "externalId"));
        for (int i = 0; i < rows.size(); i++) {
            ObjectNode row = rows.get(i);
            UUID surveyId = named.get(i);
            if (surveyId == null) {
                continue;
            }
            Survey survey = visible.get(surveyId);
            SurveyResponse earlier = ExternalReferences.carrying(row, existing);
            if (survey == null) {
                ExternalReferences.refuse(rejected, i, new FieldError(SURVEY_ID, "must be a survey of county "
                        + countyCode));
            } else if (earlier != null && !earlier.surveyId.equals(surveyId)) {
                ExternalReferences.refuse(rejected, i, new FieldError(SURVEY_ID, "is not the survey of response "
                        + earlier.id + ", which carries this externalId: a response stays with its survey"));
            } else {
                answersOfColumns(row, survey, i, rejected);
            }
            needsOfColumns(row, i, rejected);
        }
    }

    /**
     * The surveys named that the caller may see, as the family finds them (a DRAFT is unknown to the importer), read
     * in one query for all rows; the family's rules then find them without another. Locked first, before the
     * organisations' responses are read for the rule of one response per organisation (lookUpReferences), as a
     * single write of a response share-locks its survey: the import sees every response committed before, and a
     * single write meanwhile waits for it.
     */
    private Map<UUID, Survey> visibleSurveys(String countyCode, List<UUID> named) {
        Map<UUID, Survey> visible = new HashMap<>();
        for (Survey survey : surveyRepository.lookUpForUpdate(countyCode,
                named.stream().filter(Objects::nonNull).distinct().toList())) {
            try {
                visible.put(survey.id, surveys.visible(countyCode, survey.id));
            } catch (ProblemException unknown) {
                // not the caller's to see: as if it did not exist
            }
        }
        return visible;
    }

    /**
     * The row's {@code answer.<questionId>} values as its {@code answers}, in the order of the columns, each value as
     * its question takes it: a SCALE_1_5 cell as a number, a MULTI_CHOICE cell split at {@code ;}. Whether a value
     * fits its question is the family's rule; a column that names no question of the survey is refused here, where
     * it is still known by its column.
     */
    private static void answersOfColumns(ObjectNode row, Survey survey, int index,
            Map<Integer, List<FieldError>> rejected) {
        List<String> columns = columns(row, ANSWER);
        if (columns.isEmpty()) {
            return;
        }
        if (row.has("answers")) {
            ExternalReferences.refuse(rejected, index, new FieldError("answers",
                    "is given by answer.<questionId> columns or as answers, not both"));
            return;
        }
        ArrayNode answers = row.arrayNode();
        for (String column : columns) {
            JsonNode value = row.remove(column);
            Optional<Question> question = Optional.ofNullable(ExternalReferences.uuid(
                    TextNode.valueOf(column.substring(ANSWER.length())))).flatMap(survey::question);
            if (question.isEmpty()) {
                ExternalReferences.refuse(rejected, index, new FieldError(column,
                        "must name a question of survey " + survey.id + " by its id: answer.<questionId>"));
                continue;
            }
            answers.addObject().put("questionId", question.get().id().toString())
                    .set("value", valueFor(question.get().type(), value));
        }
        row.set("answers", answers);
    }

    /** A CSV cell (text) as the JSON value its question's type takes; any other value as it is. */
    private static JsonNode valueFor(QuestionType type, JsonNode value) {
        if (!value.isTextual()) {
            return value;
        }
        if (type == QuestionType.SCALE_1_5) {
            return wholeNumber(value);
        }
        if (type == QuestionType.MULTI_CHOICE) {
            return ImportBody.listed(value.asText());
        }
        return value;
    }

    /** The row's {@code need.<CATEGORY>} priorities as its {@code needs}, in the order of the columns. */
    private static void needsOfColumns(ObjectNode row, int index, Map<Integer, List<FieldError>> rejected) {
        List<String> columns = columns(row, NEED);
        if (columns.isEmpty()) {
            return;
        }
        if (row.has("needs")) {
            ExternalReferences.refuse(rejected, index, new FieldError("needs",
                    "is given by need.<CATEGORY> columns or as needs, not both"));
            return;
        }
        ArrayNode needs = row.arrayNode();
        for (String column : columns) {
            JsonNode priority = row.remove(column);
            needs.addObject().put("category", column.substring(NEED.length()))
                    .set("priority", wholeNumber(priority));
        }
        row.set("needs", needs);
    }

    /** A cell that holds a whole number as that number; anything else as it is, for the family's rules to refuse. */
    private static JsonNode wholeNumber(JsonNode value) {
        return value.isTextual() && value.asText().strip().matches("-?\\d{1,9}")
                ? IntNode.valueOf(Integer.parseInt(value.asText().strip()))
                : value;
    }

    private static List<String> columns(ObjectNode row, String prefix) {
        List<String> columns = new ArrayList<>();
        row.fieldNames().forEachRemaining(name -> {
            if (name.startsWith(prefix)) {
                columns.add(name);
            }
        });
        return columns;
    }

    /** {@code answers[i]…} as the {@code answer.<questionId>} column, {@code needs[i]…} as {@code need.<CATEGORY>}. */
    @Override
    String csvColumn(ObjectNode row, String field) {
        Matcher nested = NESTED.matcher(field);
        if (!nested.matches()) {
            return field;
        }
        JsonNode element = row.path(nested.group(1)).path(Integer.parseInt(nested.group(2)));
        JsonNode name = "answers".equals(nested.group(1)) ? element.path("questionId") : element.path("category");
        return name.isTextual() ? ("answers".equals(nested.group(1)) ? ANSWER : NEED) + name.asText() : field;
    }

    /** A field within an answer or a need, such as {@code answers[2].value}. */
    private static final Pattern NESTED = Pattern.compile("(answers|needs)\\[(\\d{1,4})\\].*");

    @Override
    List<UUID> parentIds(List<ObjectNode> rows, Map<Integer, List<FieldError>> rejected) {
        return ExternalReferences.takeParentIds(rows, rejected, SURVEY_ID);
    }

    @Override
    void lookUpReferences(String countyCode, List<ResponseWrite> rows) {
        List<UUID> named = rows.stream().filter(Objects::nonNull).map(ResponseWrite::organisationId)
                .filter(Objects::nonNull).toList();
        organisations.lookUp(countyCode, named);
        responseRepository.lookUpResponsesOf(countyCode, named);
    }
}
