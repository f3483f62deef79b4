package se.samordna.region;

import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.Map;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import se.samordna.web.ProblemException;

/**
 * The counties and municipalities, read once at start. Every county request asks whether its county exists and
 * most views name a municipality; the 311 rows are reference data that no request changes, so no request needs
 * a query or a join for them.
 */
@ApplicationScoped
@Startup
public class ReferenceData {

    /** The most municipalities a county has (Västra Götalands län): no list of one county's municipalities is longer. */
    public static final int MOST_MUNICIPALITIES = 49;

    private static final Pattern COUNTY_CODE = Pattern.compile("\\d{2}");

    private final Map<String, String> countyNames;
    private final Map<String, MunicipalityView> municipalities;

    ReferenceData(EntityManager em) {
        this.countyNames = em.createQuery("from County", County.class).getResultStream()
                .collect(Collectors.toUnmodifiableMap(c -> c.code, c -> c.name));
        this.municipalities = em.createQuery("from Municipality", Municipality.class).getResultStream()
                .map(MunicipalityView::of)
                .collect(Collectors.toUnmodifiableMap(MunicipalityView::code, Function.identity()));
    }

    public boolean countyExists(String countyCode) {
        return countyNames.containsKey(countyCode);
    }

    public String countyName(String countyCode) {
        return countyNames.get(countyCode);
    }

    /** 400 for a malformed code, 404 for one that names no county. */
    public void requireCounty(String countyCode) {
        if (countyCode == null || !COUNTY_CODE.matcher(countyCode).matches()) {
            throw ProblemException.invalid("cc", "must be a two-digit county code, such as 08");
        }
        if (!countyExists(countyCode)) {
            throw ProblemException.notFound("County " + countyCode);
        }
    }

    /** Every county code, in order. */
    public SortedSet<String> countyCodes() {
        return new TreeSet<>(countyNames.keySet());
    }

    /** How many municipalities the county has (0 for a county that does not exist). */
    public int municipalityCount(String countyCode) {
        return (int) municipalities.values().stream().filter(m -> m.countyCode().equals(countyCode)).count();
    }

    public Optional<MunicipalityView> municipality(String code) {
        return Optional.ofNullable(code).map(municipalities::get);
    }
}
