package org.complaintledger.reports.asat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.axonframework.eventhandling.EventMessage;
import org.complaintledger.parkedevents.Incomplete;
import org.complaintledger.readmodel.ProjectedEvent;
import org.complaintledger.reporting.ReportReadModel;
import org.springframework.transaction.TransactionStatus;

/**
 * Applies events to the report read models' temporary copies as the tracking processors apply them live: an event
 * a read model fails on is left out of that read model, and so are the later events of the same record, which live
 * processing parks behind it (dead-letter sequencing) — so a report as at an instant is no more and no less complete
 * than the live one was, and says so. Events go in batches under one savepoint; only a batch that failed is applied
 * again one event and read model at a time, each under its own, so the usual case costs one savepoint per batch.
 */
final class Rebuild {

    private static final int BATCH = 200;


    private final List<ReportReadModel> readModels;
    private final TransactionStatus transaction;
    private final List<ProjectedEvent> batch = new ArrayList<>(BATCH);
    /** Read model index and record id of every sequence waiting behind an event that failed. */
    private final Set<String> parked = new HashSet<>();
    private final Set<String> parkedGroups = new TreeSet<>();
    private long left = 0;

    Rebuild(List<ReportReadModel> readModels, TransactionStatus transaction) {
        this.readModels = readModels;
        this.transaction = transaction;
    }

    void apply(EventMessage<?> message) {
        batch.add(ProjectedEvent.of(message));
        if (batch.size() == BATCH) {
            flush();
        }
    }

    /** Applies what is pending; then what the read models could not apply, as parked events, or null. */
    Incomplete finish() {
        flush();
        return left == 0 ? null : new Incomplete(left, List.copyOf(parkedGroups));
    }

    private void flush() {
        Object savepoint = transaction.createSavepoint();
        try {
            for (ProjectedEvent event : batch) {
                for (int model = 0; model < readModels.size(); model++) {
                    if (!waiting(model, event)) {
                        readModels.get(model).apply(event);
                    }
                }
            }
            transaction.releaseSavepoint(savepoint);
        } catch (RuntimeException failed) {
            transaction.rollbackToSavepoint(savepoint);
            transaction.releaseSavepoint(savepoint);
            oneAtATime();
        }
        batch.clear();
    }

    private void oneAtATime() {
        for (ProjectedEvent event : batch) {
            for (int model = 0; model < readModels.size(); model++) {
                if (waiting(model, event)) {
                    left++;
                    continue;
                }
                Object savepoint = transaction.createSavepoint();
                try {
                    readModels.get(model).apply(event);
                    transaction.releaseSavepoint(savepoint);
                } catch (RuntimeException failed) {
                    transaction.rollbackToSavepoint(savepoint);
                    transaction.releaseSavepoint(savepoint);
                    left++;
                    parkedGroups.add(readModels.get(model).processingGroup());
                    parked.add(model + " " + event.recordId());
                }
            }
        }
    }

    /** Whether an earlier event of the same record failed in this read model (events of no record never wait). */
    private boolean waiting(int model, ProjectedEvent event) {
        return event.recordId() != null && !parked.isEmpty() && parked.contains(model + " " + event.recordId());
    }
}
