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

    public Page<CountyView> counties(int page, int size) {
        List<CountyView> items = em.createQuery(COUNTY_VIEW + " order by c.code", CountyView.class)
                .setFirstResult(page * size).setMaxResults(size).getResultList();
        return Page.of(items, page, size, County.count());
    }

    public Optional<CountyView> county(String code) {
        return em.createQuery(COUNTY_VIEW + " where c.code = :code", CountyView.class)
                .setParameter("code", code)
                .getResultStream().findFirst();
    }

    public Page<MunicipalityView> municipalities(String countyCode, int page, int size) {
        PanacheQuery<Municipality> query = Municipality.<Municipality>find("countyCode", Sort.by("name"), countyCode)
                .page(page, size);
        return Page.of(query.list().stream().map(MunicipalityView::of).toList(), page, size, query.count());
    }
}
