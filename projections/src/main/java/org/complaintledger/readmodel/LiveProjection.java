package org.complaintledger.readmodel;

import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.ResetHandler;

/**
 * A projection as its processing group applies it live: every event of the ledger, in the processor's transaction, to
 * the tables it was made with; a reset of the processor empties them for the replay that follows.
 */
public abstract class LiveProjection implements Projection {

    protected final ReadModelTables tables;

    protected LiveProjection(ReadModelTables tables) {
        this.tables = tables;
    }

    @EventHandler
    void on(Object payload, EventMessage<?> message) {
        apply(ProjectedEvent.of(message));
    }

    /** Empties its tables, as Axon's reset of its processor does before replaying. */
    @ResetHandler
    public void replayFromScratch() {
        tables().forEach(table -> tables.table(table).deleteAll());
    }
}
