package org.complaintledger.bulkimport;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;

/**
 * A batch of import lines decided by the command side and not yet written: the steps it accepted, their events held
 * in one Axon unit of work (each step's own unit of work nested in it, so a refused step's events are dropped alone),
 * the lines it refused, and the complaints those refusals stop. Committing the unit of work appends every accepted
 * step's events in one batch; rolling it back forgets them.
 */
final class DecidedBatch {

    private final UnitOfWork<?> unitOfWork = DefaultUnitOfWork.startAndGet(null);
    private final List<ImportLine> accepted = new ArrayList<>();
    private final List<Refusal> refusals = new ArrayList<>();
    /** Complaints (source and source id) stopped by a line this batch refused, and that line. */
    private final Map<String, Long> stopped = new HashMap<>();
    private long alreadyImported;

    /** The unit of work the steps' own ones nest in: current on this thread until committed or rolled back. */
    UnitOfWork<?> unitOfWork() {
        return unitOfWork;
    }

    void accepted(ImportLine line) {
        accepted.add(line);
    }

    void refused(Refusal refusal, String complaint) {
        refusals.add(refusal);
        if (complaint != null) {
            stopped.putIfAbsent(complaint, refusal.line());
        }
    }

    /** A later line of a complaint this batch stopped. */
    Long stoppedAt(String complaint) {
        return stopped.get(complaint);
    }

    void countAlreadyImported() {
        alreadyImported++;
    }

    List<ImportLine> acceptedLines() {
        return accepted;
    }

    List<Refusal> refusals() {
        return refusals;
    }

    Map<String, Long> stopped() {
        return stopped;
    }

    long alreadyImportedCount() {
        return alreadyImported;
    }

    /** Forgets the accepted steps' events, if they are not written yet. */
    void forget(Throwable cause) {
        if (unitOfWork.isActive()) {
            unitOfWork.rollback(cause);
        }
    }
}
