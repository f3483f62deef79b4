package se.samordna.imports;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import se.samordna.organisation.OrganisationRepository;
import se.samordna.support.RequestStatus;
import se.samordna.support.SupportRequest;
import se.samordna.support.SupportRequestRepository;
import se.samordna.support.SupportRequestService;
import se.samordna.support.SupportRequestWrite;
import se.samordna.web.Problem.FieldError;

/**
 * Support requests filed on behalf of the county, as a coordinator files them ({@link SupportRequestWrite} and its
 * service's rules; the county's importer files as a coordinator here and only here). A row names its organisation
 * by id or, as {@code organisationExternalId}, by its externalId; a CSV cell lists {@code needCategories} separated
 * by {@code ;}. A new request is SUBMITTED and filed by the caller; {@code status} is no column and
 * {@code assigneeSubject} is not imported (the assignment is the coordinators'; a row that sets it is refused). A row
 * whose externalId names a request replaces it as a PUT does, keeping its assignee, only while it is SUBMITTED.
 */
@Singleton
class SupportRequestImport extends ImportKind<SupportRequestWrite> {

    private static final String ASSIGNEE = "assigneeSubject";
    private static final String NEED_CATEGORIES = "needCategories";

    private final SupportRequestRepository requestRepository;
    private final OrganisationRepository organisations;

    SupportRequestImport(SupportRequestService requests, SupportRequestRepository requestRepository,
            OrganisationRepository organisations) {
        super("support-requests", SupportRequestWrite.class, requests);
        this.requestRepository = requestRepository;
        this.organisations = organisations;
    }

    @Override
    Set<String> referenceColumns() {
        return Set.of(ExternalReferences.ORGANISATION_EXTERNAL_ID);
    }

    @Override
    void resolveReferences(String countyCode, List<ObjectNode> rows, Map<Integer, List<FieldError>> rejected) {
        ExternalReferences.resolveOrganisations(countyCode, rows, rejected, organisations);
        Map<String, SupportRequest> existing = requestRepository.byExternalIds(countyCode,
                ExternalReferences.keys(rows, "externalId"));
        for (int i = 0; i < rows.size(); i++) {
            ObjectNode row = rows.get(i);
            if (row == null) {
                continue;
            }
            splitNeedCategories(row);
            JsonNode assignee = row.remove(ASSIGNEE);
            if (assignee != null && !assignee.isNull() && !(assignee.isTextual() && assignee.asText().isBlank())) {
                ExternalReferences.refuse(rejected, i, new FieldError(ASSIGNEE,
                        "is not imported: coordinators assign a request once it is filed"));
            }
            SupportRequest earlier = ExternalReferences.carrying(row, existing);
            if (earlier == null) {
                continue;
            }
            if (earlier.status != RequestStatus.SUBMITTED) {
                ExternalReferences.refuse(rejected, i, new FieldError("status", "is " + earlier.status
                        + " for request " + earlier.id + ", which carries this externalId: a request changes by "
                        + "import only while SUBMITTED"));
            } else if (earlier.assigneeSubject != null) {
                // the import replaces the filer's fields; the assignment stays the coordinators'
                row.put(ASSIGNEE, earlier.assigneeSubject);
            }
        }
    }

    /** A CSV cell {@code A;B} of need categories as the array a JSON row holds; a JSON array stays as it is. */
    private static void splitNeedCategories(ObjectNode row) {
        JsonNode value = row.get(NEED_CATEGORIES);
        if (value == null || !value.isTextual()) {
            return;
        }
        row.set(NEED_CATEGORIES, ImportBody.listed(value.asText()));
    }

    @Override
    void lookUpReferences(String countyCode, List<SupportRequestWrite> rows) {
        organisations.lookUp(countyCode, rows.stream().filter(Objects::nonNull)
                .map(SupportRequestWrite::organisationId).filter(Objects::nonNull).toList());
    }
}
