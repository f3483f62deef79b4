package se.samordna.county;

import io.quarkus.arc.Arc;
import io.quarkus.arc.InjectableContext;
import io.quarkus.arc.Unremovable;
import jakarta.transaction.TransactionScoped;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Which objects of a county a bulk write has already looked up, for as long as its transaction lasts: the family
 * rules it runs on every row (is this organisation the county's?) then ask the database once for all rows instead
 * of once per row. Outside a transaction, or for an object no one looked up, nothing is known.
 */
@TransactionScoped
@Unremovable
public class KnownObjects {

    private record Key(String kind, String countyCode, UUID id) {
    }

    private final Map<Key, Boolean> known = new HashMap<>();

    /** Records which of {@code asked} (objects of {@code kind}, such as "Organisation") the county has: {@code found}. */
    public void remember(String kind, String countyCode, Collection<UUID> asked, Collection<UUID> found) {
        Set<UUID> present = new HashSet<>(found);
        asked.forEach(id -> known.put(new Key(kind, countyCode, id), present.contains(id)));
    }

    /** Whether the county has the object, if it was looked up in this transaction. */
    public Optional<Boolean> exists(String kind, String countyCode, UUID id) {
        return Optional.ofNullable(known.get(new Key(kind, countyCode, id)));
    }

    /** The objects known in the current transaction; empty outside one. */
    static Optional<KnownObjects> current() {
        InjectableContext context = Arc.container().getActiveContext(TransactionScoped.class);
        return context == null ? Optional.empty() : Optional.of(Arc.container().instance(KnownObjects.class).get());
    }
}
