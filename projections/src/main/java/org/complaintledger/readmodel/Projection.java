package org.complaintledger.readmodel;

import java.util.List;
import org.axonframework.config.ProcessingGroup;

/**
 * A read model built from the ledger's events by its own code alone, so that the same code follows events live
 * (Axon's tracking processor, {@link LiveProjection}) and rebuilds history in memory at speed (a rebuild gives it
 * {@link MemoryTables} through {@link #over}): what it writes depends only on the events, in order.
 */
public interface Projection {

    /** The processing group that applies it live, from its {@code @ProcessingGroup}. */
    default String processingGroup() {
        ProcessingGroup group = getClass().getAnnotation(ProcessingGroup.class);
        if (group == null) {
            throw new IllegalStateException(getClass().getName() + " has no @ProcessingGroup");
        }
        return group.value();
    }

    /** Every table it writes, in an order they can be created in. */
    List<String> tables();

    /** Applies one event; an event it does not read is ignored. */
    void apply(ProjectedEvent event);

    /** The same projection writing to {@code tables} instead. */
    Projection over(ReadModelTables tables);
}
