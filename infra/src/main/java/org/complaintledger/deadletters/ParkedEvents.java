package org.complaintledger.deadletters;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.deadletter.jdbc.JdbcDeadLetter;
import org.axonframework.messaging.deadletter.Cause;
import org.axonframework.messaging.deadletter.DeadLetter;
import org.axonframework.messaging.deadletter.SequencedDeadLetterProcessor;
import org.axonframework.messaging.deadletter.SequencedDeadLetterQueue;
import org.complaintledger.deadletters.DeadLetterConfiguration.ParkingGroups;
import org.springframework.stereotype.Component;

/** The parked events of every parking group, read through Axon's queues, and their retry on demand. */
@Component
public class ParkedEvents {

    private final EventProcessingConfiguration processing;
    private final ParkingGroups groups;

    ParkedEvents(EventProcessingConfiguration processing, ParkingGroups groups) {
        this.processing = processing;
        this.groups = groups;
    }

    public List<String> processingGroups() {
        return groups.names();
    }

    /** Every parked event, by processing group, then by sequence in the order they were parked. */
    public List<ParkedEvent> list() {
        List<ParkedEvent> parked = new ArrayList<>();
        for (String group : groups.names()) {
            for (Iterable<DeadLetter<? extends EventMessage<?>>> sequence : queue(group).deadLetters()) {
                sequence.forEach(letter -> parked.add(parked(group, letter)));
            }
        }
        return parked;
    }

    /** Retries every parked sequence of the group once, oldest first. */
    public RetryOutcome retry(String group) {
        Set<String> sequences = new LinkedHashSet<>();
        queue(group).deadLetters().forEach(sequence -> sequence.forEach(letter -> sequences.add(sequenceId(letter))));
        return retry(group, sequences);
    }

    /** Retries one parked sequence of the group (its events in order, stopping at the first that fails again). */
    public RetryOutcome retry(String group, String sequenceId) {
        return retry(group, Set.of(sequenceId));
    }

    private RetryOutcome retry(String group, Set<String> sequences) {
        SequencedDeadLetterProcessor<EventMessage<?>> processor = processing.sequencedDeadLetterProcessor(group)
                .orElseThrow(() -> new UnknownProcessingGroup(group, groups.names()));
        int retried = 0;
        int cleared = 0;
        for (String sequence : sequences) {
            if (!queue(group).contains(sequence)) {
                continue;
            }
            retried++;
            if (processor.process(letter -> sequence.equals(sequenceId(letter)))) {
                cleared++;
            }
        }
        return new RetryOutcome(group, retried, cleared, queue(group).size());
    }

    private SequencedDeadLetterQueue<EventMessage<?>> queue(String group) {
        if (!groups.includes(group)) {
            throw new UnknownProcessingGroup(group, groups.names());
        }
        return processing.deadLetterQueue(group).orElseThrow(() -> new UnknownProcessingGroup(group, groups.names()));
    }

    private static ParkedEvent parked(String group, DeadLetter<? extends EventMessage<?>> letter) {
        EventMessage<?> event = letter.message();
        Long position = event instanceof TrackedEventMessage<?> tracked && tracked.trackingToken() != null
                ? tracked.trackingToken().position().stream().boxed().findFirst().orElse(null) : null;
        return new ParkedEvent(group, sequenceId(letter), event.getPayloadType().getSimpleName(), position,
                letter.cause().map(Cause::type).orElse(null), letter.cause().map(Cause::message).orElse(null),
                letter.enqueuedAt(), letter.lastTouched(), CountingRetries.retries(letter));
    }

    private static String sequenceId(DeadLetter<?> letter) {
        return letter instanceof JdbcDeadLetter<?> stored ? stored.getSequenceIdentifier() : null;
    }
}
