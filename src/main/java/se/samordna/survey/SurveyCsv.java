package se.samordna.survey;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;
import se.samordna.region.MunicipalityView;
import se.samordna.region.ReferenceData;
import se.samordna.web.SpreadsheetCsv;

/**
 * The responses of a survey as CSV (RFC 4180, UTF-8, a header row): one ANSWER row per response and question
 * (empty answer where a question was not answered), then one NEED row per need the response named.
 */
@ApplicationScoped
public class SurveyCsv {

    public static final String MEDIA_TYPE = "text/csv";

    static final String[] HEADER = { "responseId", "organisationId", "organisationName", "organisationType",
            "municipalityCode", "municipalityName", "mode", "interviewedOn", "interviewer", "row", "questionNumber",
            "questionId", "questionType", "questionText", "answer", "needCategory", "priority", "note" };

    private final ReferenceData referenceData;

    SurveyCsv(ReferenceData referenceData) {
        this.referenceData = referenceData;
    }

    public String write(SurveyResponseService.Export export) {
        List<Question> questions = export.survey().questions();
        return SpreadsheetCsv.write(HEADER, csv -> {
            for (ResponseView response : export.responses()) {
                Map<UUID, JsonNode> answers = response.answers().stream()
                        .collect(Collectors.toMap(Answer::questionId, Answer::value));
                for (int i = 0; i < questions.size(); i++) {
                    Question question = questions.get(i);
                    List<Object> row = respondent(response);
                    row.addAll(List.of("ANSWER", i + 1, question.id(), question.type(), question.text(),
                            text(answers.get(question.id())), "", "", ""));
                    csv.add(row.toArray());
                }
                for (Need need : response.needs()) {
                    List<Object> row = respondent(response);
                    row.addAll(List.of("NEED", "", "", "", "", "", need.category(), need.priority(),
                            need.note() == null ? "" : need.note()));
                    csv.add(row.toArray());
                }
            }
        });
    }

    /**
     * A {@code Content-Disposition} naming the survey: an ASCII file name for every client, and the title as
     * written (å, ä, ö) for those that read RFC 6266's {@code filename*}.
     */
    public static String contentDisposition(String title) {
        String ascii = Normalizer.normalize(title, Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-+|-+$)", "");
        String file = "survey-" + (ascii.isEmpty() ? "responses" : ascii) + ".csv";
        String utf8 = URLEncoder.encode(title + ".csv", StandardCharsets.UTF_8).replace("+", "%20").replace("*", "%2A");
        return "attachment; filename=\"" + file + "\"; filename*=UTF-8''" + utf8;
    }

    private List<Object> respondent(ResponseView response) {
        List<Object> row = new ArrayList<>();
        row.add(response.id());
        row.add(response.organisationId());
        row.add(nullToEmpty(response.organisationName()));
        row.add(response.organisationType() == null ? "" : response.organisationType());
        row.add(nullToEmpty(response.municipalityCode()));
        row.add(referenceData.municipality(response.municipalityCode()).map(MunicipalityView::name).orElse(""));
        row.add(response.mode());
        row.add(response.interviewedOn() == null ? "" : response.interviewedOn());
        row.add(response.interviewer() == null ? "" : nullToEmpty(response.interviewer().name()));
        return row;
    }

    /** An answer as a spreadsheet shows it: the text or number, or the chosen options joined by "; ". */
    private static String text(JsonNode value) {
        if (value == null || value.isNull()) {
            return "";
        }
        if (value.isArray()) {
            return StreamSupport.stream(value.spliterator(), false).map(JsonNode::asText)
                    .collect(Collectors.joining("; "));
        }
        return value.asText();
    }

    private static String nullToEmpty(String value) {
        return value == null ? "" : value;
    }
}
