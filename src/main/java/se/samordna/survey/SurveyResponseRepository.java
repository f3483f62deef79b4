package se.samordna.survey;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import se.samordna.county.CountyRepository;
import se.samordna.county.KnownObjects;

/** Survey responses, always read within one county. */
@ApplicationScoped
public class SurveyResponseRepository implements CountyRepository<SurveyResponse> {

    @Override
    public String displayName() {
        return "Survey response";
    }

    /**
     * Whether the organisation has a response to the survey other than {@code except} (a new one: none); without a
     * query when a bulk write looked the organisation up ({@link #lookUpResponsesOf}), its own rows included.
     */
    boolean answered(String countyCode, UUID surveyId, UUID organisationId, SurveyResponse except) {
        return KnownObjects.ofTransaction(KnownResponses.class)
                .flatMap(known -> known.answered(surveyId, organisationId, except))
                .orElseGet(() -> count("countyCode = ?1 and surveyId = ?2 and organisationId = ?3 and id <> ?4",
                        countyCode, surveyId, organisationId, except.id == null ? new UUID(0, 0) : except.id) > 0);
    }

    /** Records that the response, about to be written, answers its survey for {@code organisationId}. */
    void answering(SurveyResponse response, UUID organisationId) {
        KnownObjects.ofTransaction(KnownResponses.class).ifPresent(known -> known.answering(response, organisationId));
    }

    /**
     * Looks up at once every response of these organisations of the county, in a query per {@link #CHUNK} of them,
     * so that the rule of one response per organisation and survey asks no query per row of a bulk write. Needs a
     * transaction.
     */
    public void lookUpResponsesOf(String countyCode, Collection<UUID> organisationIds) {
        KnownResponses known = KnownObjects.ofTransaction(KnownResponses.class)
                .orElseThrow(() -> new IllegalStateException("a look-up lasts a transaction; none is active"));
        for (List<UUID> chunk : CountyRepository.chunks(List.copyOf(Set.copyOf(organisationIds)))) {
            known.remember(chunk, list("countyCode = ?1 and organisationId in ?2", countyCode, chunk));
        }
    }
}
