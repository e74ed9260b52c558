package org.complaintledger.retention;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.util.ArrayList;
import java.util.List;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.complaintledger.code.InvalidField;
import org.complaintledger.retention.RetentionRunRecorded.NotErased;

/** One run of the retention job, on the record so that every erasure for retention can be traced to its run. */
public class RetentionRun {

    @AggregateIdentifier
    private String runId;

    protected RetentionRun() {
        // rebuilt from events
    }

    @CommandHandler
    public RetentionRun(RecordRetentionRun cmd) {
        if (cmd.finishedAt().isBefore(cmd.startedAt())) {
            throw new InvalidField("finishedAt", "must not be before startedAt " + cmd.startedAt());
        }
        List<String> accounted = new ArrayList<>(cmd.erasedSubjects());
        cmd.notErased().stream().map(NotErased::dataSubjectId).forEach(accounted::add);
        // Every subject that fell due is either erased or said why not, once: the record must add up.
        if (accounted.size() != cmd.dueSubjects().size() || !accounted.containsAll(cmd.dueSubjects())) {
            throw new InvalidField("erasedSubjects", "with notErased must account for each due subject exactly once");
        }
        apply(new RetentionRunRecorded(cmd.runId(), cmd.startedAt(), cmd.finishedAt(), cmd.trigger(), cmd.policy(),
                cmd.retainedUntil(), cmd.dueSubjects(), cmd.erasedSubjects(), cmd.notErased()));
    }

    @EventSourcingHandler
    void on(RetentionRunRecorded event) {
        this.runId = event.runId();
    }
}
