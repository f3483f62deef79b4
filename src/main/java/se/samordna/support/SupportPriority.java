package se.samordna.support;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.util.Arrays;

/** How urgent a request is. Stored as its rank, so that a list sorted by priority runs LOW, NORMAL, HIGH. */
public enum SupportPriority {
    LOW(1), NORMAL(2), HIGH(3);

    private final int rank;

    SupportPriority(int rank) {
        this.rank = rank;
    }

    /** The column holds the rank. */
    @Converter(autoApply = true)
    public static class RankConverter implements AttributeConverter<SupportPriority, Short> {

        @Override
        public Short convertToDatabaseColumn(SupportPriority priority) {
            return priority == null ? null : (short) priority.rank;
        }

        @Override
        public SupportPriority convertToEntityAttribute(Short rank) {
            return rank == null ? null : Arrays.stream(values()).filter(p -> p.rank == rank).findFirst()
                    .orElseThrow(() -> new IllegalStateException("no priority of rank " + rank));
        }
    }
}
