package se.samordna.county;

import io.quarkus.arc.Arc;
import io.quarkus.arc.InjectableContext;
import io.quarkus.arc.Unremovable;
import jakarta.transaction.TransactionScoped;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Which objects of a county a bulk write has already looked up, for as long as its transaction lasts: the family
 * rules it runs on every row (is this organisation the county's? which questions has this survey?) then ask the
 * database once for all rows instead of once per row. Outside a transaction, or for an object no one looked up,
 * nothing is known.
 */
@TransactionScoped
@Unremovable
public class KnownObjects {

    private record Key(String kind, String countyCode, UUID id) {
    }

    /** The object found for a key, or empty when the county has none by that id. */
    private final Map<Key, Optional<CountyEntity>> known = new HashMap<>();

    /**
     * Records which of {@code asked} (objects of {@code kind}, such as "Organisation") the county has: {@code found},
     * as read in this transaction (the objects its persistence context manages).
     */
    public void remember(String kind, String countyCode, Collection<UUID> asked,
            Collection<? extends CountyEntity> found) {
        Map<UUID, CountyEntity> byId = new HashMap<>();
        found.forEach(entity -> byId.put(entity.id, entity));
        asked.forEach(id -> known.put(new Key(kind, countyCode, id), Optional.ofNullable(byId.get(id))));
    }

    /**
     * The object, if it was looked up in this transaction: present when the county has it, an empty inner Optional
     * when it has none by that id.
     */
    @SuppressWarnings("unchecked")
    public <E extends CountyEntity> Optional<Optional<E>> find(String kind, String countyCode, UUID id) {
        return Optional.ofNullable((Optional<E>) known.get(new Key(kind, countyCode, id)));
    }

    /** The objects known in the current transaction; empty outside one. */
    static Optional<KnownObjects> current() {
        return ofTransaction(KnownObjects.class);
    }

    /**
     * The current transaction's bean of a {@code @TransactionScoped} type (such as a family's own memory of what a
     * bulk write looked up); empty outside a transaction.
     */
    public static <T> Optional<T> ofTransaction(Class<T> type) {
        InjectableContext context = Arc.container().getActiveContext(TransactionScoped.class);
        return context == null ? Optional.empty() : Optional.of(Arc.container().instance(type).get());
    }
}
