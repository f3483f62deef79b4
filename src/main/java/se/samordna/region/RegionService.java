package se.samordna.region;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;
import se.samordna.web.Page;

/** Reads of the counties and municipalities. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class RegionService {

    private static final String COUNTY_VIEW = """
            select new se.samordna.region.CountyView(c.code, c.name,
                (select count(m) from Municipality m where m.countyCode = c.code))
            from County c
            """;

    private final EntityManager em;

    RegionService(EntityManager em) {
        this.em = em;
    }

    public Page<CountyView> counties(int page, int size, boolean total) {
        List<CountyView> rows = em.createQuery(COUNTY_VIEW + " order by c.code", CountyView.class)
                .setFirstResult(Page.first(page, size)).setMaxResults(size + 1).getResultList();
        return Page.of(rows, page, size, total, () -> County.count()); // not County::count: Panache implements count() in County
    }

    public Optional<CountyView> county(String code) {
        return em.createQuery(COUNTY_VIEW + " where c.code = :code", CountyView.class)
                .setParameter("code", code)
                .getResultStream().findFirst();
    }

    public Page<MunicipalityView> municipalities(String countyCode, int page, int size, boolean total) {
        return Page.of(Municipality.<Municipality>find("countyCode", Sort.by("name"), countyCode), page, size, total)
                .map(MunicipalityView::of);
    }
}
