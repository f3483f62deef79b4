package se.samordna.network;

import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import se.samordna.county.CountyResourceService;
import se.samordna.county.TextSearch;
import se.samordna.web.Page;
import se.samordna.web.PageParams;
import se.samordna.web.Problem;
import se.samordna.web.ProblemException;

/** Networks of a county: a name is taken once per county, whatever its case. */
@ApplicationScoped
public class NetworkService extends CountyResourceService<Network, NetworkWrite, NetworkView> {

    static final Map<String, String> SORTABLE = Map.of(
            "name", "name", "status", "status", "createdAt", "createdAt", "updatedAt", "updatedAt");

    private final NetworkRepository networks;

    NetworkService(NetworkRepository networks) {
        super(networks, Network.RESOURCE_TYPE, NetworkWrite.class, Network::new);
        this.networks = networks;
    }

    /** Filters of the network list; each may be null. {@code memberContactId}: only networks it is a member of today. */
    public record Filter(NetworkStatus status, String q, UUID memberContactId) {
    }

    public Page<NetworkView> list(String countyCode, Filter filter, PageParams paging) {
        List<Condition> conditions = new ArrayList<>();
        if (filter.status() != null) {
            conditions.add(new Condition("status = :status", Parameters.with("status", filter.status())));
        }
        if (TextSearch.present(filter.q())) {
            conditions.add(TextSearch.condition(filter.q(), "name"));
        }
        if (filter.memberContactId() != null) {
            conditions.add(new Condition("""
                    id in (select m.networkId from Membership m where m.countyCode = :countyCode
                           and m.contactId = :contactId and m.joinedOn <= :today
                           and (m.leftOn is null or m.leftOn > :today))""",
                    Parameters.with("contactId", filter.memberContactId()).and("today", Membership.today())));
        }
        return list(countyCode, conditions, paging, SORTABLE, "name");
    }

    /** Whom the network reaches on {@code at} (today when null). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public NetworkReach reach(String countyCode, UUID id, LocalDate at) {
        return networks.reach(networks.getInCounty(countyCode, id), at == null ? Membership.today() : at);
    }





    @Override
    protected void apply(String countyCode, NetworkWrite write, Network network) {
        String name = write.name().strip();
        networks.namedAlike(countyCode, name, network.id).ifPresent(other -> {
            throw new ProblemException(409, "conflict", "Conflict", "County " + countyCode
                    + " already has a network named " + other.name + " (" + other.id + ")",
                    List.of(new Problem.FieldError("name", "is taken by another network of the county")));
        });
        network.name = name;
        network.purpose = write.purpose() == null || write.purpose().isBlank() ? null : write.purpose().strip();
        network.status = write.status();
    }

    @Override
    protected NetworkWrite toWrite(Network n) {
        return new NetworkWrite(n.name, n.purpose, n.status);
    }

    @Override
    protected NetworkView view(Network network) {
        return NetworkView.of(network);
    }
}
