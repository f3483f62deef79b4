package se.samordna.organisation;

import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import se.samordna.county.CountyResourceService;
import se.samordna.county.TextSearch;
import se.samordna.region.MunicipalityView;
import se.samordna.region.ReferenceData;
import se.samordna.web.Page;
import se.samordna.web.PageParams;
import se.samordna.web.ProblemException;

/** Organisations of a county: a municipality must lie in the county, organisation numbers are stored NNNNNN-NNNN. */
@ApplicationScoped
public class OrganisationService extends CountyResourceService<Organisation, OrganisationWrite, OrganisationView> {

    static final Map<String, String> SORTABLE = Map.of(
            "name", "name", "type", "type", "municipalityCode", "municipalityCode",
            "createdAt", "createdAt", "updatedAt", "updatedAt");

    private final OrganisationRepository organisations;
    private final ReferenceData referenceData;

    OrganisationService(OrganisationRepository organisations, ReferenceData referenceData) {
        super(organisations, Organisation.RESOURCE_TYPE, OrganisationWrite.class, Organisation::new);
        this.organisations = organisations;
        this.referenceData = referenceData;
    }

    /** Filters of the organisation list; each may be null. */
    public record Filter(OrganisationType type, String municipalityCode, String q) {
    }

    public Page<OrganisationView> list(String countyCode, Filter filter, PageParams paging) {
        List<Condition> conditions = new ArrayList<>();
        if (filter.type() != null) {
            conditions.add(new Condition("type = :type", Parameters.with("type", filter.type())));
        }
        if (filter.municipalityCode() != null && !filter.municipalityCode().isBlank()) {
            conditions.add(new Condition("municipalityCode = :municipalityCode",
                    Parameters.with("municipalityCode", filter.municipalityCode().strip())));
        }
        if (TextSearch.present(filter.q())) {
            Condition name = TextSearch.condition(filter.q(), "name");
            String digits = filter.q().replace("-", "");
            if (TextSearch.present(digits)) {
                // an organisation number is found with or without its hyphen, as it is accepted on input
                conditions.add(new Condition("(" + name.jpql()
                        + " or replace(organisationNumber, '-', '') like :digits escape '\\')",
                        name.parameters().and("digits", TextSearch.pattern(digits))));
            } else {
                // q of hyphens alone: as a number it would be empty and match every organisation that has one
                conditions.add(name);
            }
        }
        return list(countyCode, conditions, paging, SORTABLE, "name");
    }





    @Override
    protected void apply(String countyCode, OrganisationWrite write, Organisation organisation) {
        if (write.municipalityCode() != null && referenceData.municipality(write.municipalityCode())
                .filter(m -> m.countyCode().equals(countyCode)).isEmpty()) {
            throw ProblemException.invalid("municipalityCode", "must be a municipality of county " + countyCode);
        }
        organisation.name = write.name().strip();
        organisation.type = write.type();
        organisation.municipalityCode = write.municipalityCode();
        organisation.organisationNumber = OrganisationNumber.Validator.normalise(write.organisationNumber());
        organisation.externalId = write.storedExternalId();
    }

    @Override
    protected OrganisationWrite toWrite(Organisation o) {
        return new OrganisationWrite(o.name, o.type, o.municipalityCode, o.organisationNumber, o.externalId);
    }

    @Override
    protected OrganisationView view(Organisation o) {
        return new OrganisationView(o.id, o.countyCode, o.name, o.type, o.municipalityCode,
                referenceData.municipality(o.municipalityCode).map(MunicipalityView::name).orElse(null),
                o.organisationNumber, o.externalId, o.version, o.createdAt, o.createdBy, o.updatedAt, o.updatedBy);
    }
}
