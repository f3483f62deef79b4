package se.samordna.survey;

import io.quarkus.arc.Unremovable;
import jakarta.transaction.TransactionScoped;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Which surveys the organisations a bulk write names have responded to, looked up once for all its rows and kept
 * up to date as its rows are applied, for as long as its transaction lasts: the rule of one response per
 * organisation and survey then asks no query per row, and sees the write's own rows, which the database holds only
 * once they are flushed at the end. Nothing is known of an organisation no one looked up.
 */
@TransactionScoped
@Unremovable
class KnownResponses {

    private final Set<UUID> organisations = new HashSet<>();
    /** The response of each survey and organisation, by {@code [surveyId, organisationId]}. */
    private final Map<List<UUID>, SurveyResponse> responses = new HashMap<>();

    /** Records the responses of these organisations: {@code found}, all they have. */
    void remember(Collection<UUID> organisationIds, Collection<SurveyResponse> found) {
        organisations.addAll(organisationIds);
        found.forEach(response -> responses.put(key(response.surveyId, response.organisationId), response));
    }

    /**
     * Whether the organisation has a response to the survey other than {@code except}, if the organisation was
     * looked up in this transaction.
     */
    Optional<Boolean> answered(UUID surveyId, UUID organisationId, SurveyResponse except) {
        if (!organisations.contains(organisationId)) {
            return Optional.empty();
        }
        SurveyResponse holder = responses.get(key(surveyId, organisationId));
        return Optional.of(holder != null && holder != except);
    }

    /** Records that the response now answers for {@code organisationId}; it no longer answers for the one before. */
    void answering(SurveyResponse response, UUID organisationId) {
        if (response.organisationId != null) {
            responses.remove(key(response.surveyId, response.organisationId), response);
        }
        if (organisations.contains(organisationId)) {
            responses.put(key(response.surveyId, organisationId), response);
        }
    }

    private static List<UUID> key(UUID surveyId, UUID organisationId) {
        return List.of(surveyId, organisationId);
    }
}
