package org.complaintledger.personaldata;

import java.time.Instant;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventhandling.gateway.EventGateway;
import org.complaintledger.code.Timescales;

/**
 * Forgets data subjects. Not an aggregate: a subject's id may equal a complaint's id, and the two would share one
 * event stream. The key is destroyed and {@link DataSubjectForgotten} published in the command's unit of work, so
 * they commit together or not at all.
 */
public class DataSubjectErasure {

    private final DataSubjectKeys keys;
    private final EventGateway events;
    private final Timescales time;

    public DataSubjectErasure(DataSubjectKeys keys, EventGateway events, Timescales time) {
        this.keys = keys;
        this.events = events;
        this.time = time;
    }

    @CommandHandler
    public DataSubjectForgotten handle(ForgetDataSubject cmd) {
        Instant at = time.occurrence(cmd.occurredAt(), cmd.backdatingReason(), time.governing(time.now()));
        if (!keys.destroy(cmd.dataSubjectId())) {
            throw DataSubjectErased.alreadyForgotten(cmd.dataSubjectId());
        }
        DataSubjectForgotten forgotten = new DataSubjectForgotten(cmd.dataSubjectId(), cmd.reason(), cmd.basis(),
                cmd.requestedBy(), at, cmd.backdatingReason());
        events.publish(forgotten);
        return forgotten;
    }
}
