package org.complaintledger.bulkimport;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.Callable;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.complaintledger.http.CommandBodies;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.transaction.TransactionException;
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * One of the import's workers: the lines of its share of the complaints, in the file's order, a batch of them per
 * transaction. Each step goes through the command gateway (every rule of the Code checked, as for an HTTP step) in
 * its own unit of work nested in the batch's ({@link DecidedBatch}), so a refused step's events are dropped alone and
 * its complaint's later lines are then not imported; the accepted steps are written together, once the whole batch
 * is decided. A step already imported, by this run or an earlier one, is skipped.
 */
final class ImportWorker implements Callable<Void> {

    /** Put on a worker's queue after its last line. */
    static final ImportLine END = new ImportLine(0, null, null, null, null, null, "end");

    private final BlockingQueue<ImportLine> lines;
    private final int batchSize;
    private final TransactionTemplate transactions;
    private final CommandGateway gateway;
    private final CommandBodies bodies;
    private final ImportedSteps importedSteps;
    private final ImportProgress progress;
    private final RefusalReport report;
    /** A complaint (source and source id) whose line was refused, and that line. */
    private final Map<String, Long> stopped = new HashMap<>();

    ImportWorker(BlockingQueue<ImportLine> lines, int batchSize, TransactionTemplate transactions,
                 CommandGateway gateway, CommandBodies bodies, ImportedSteps importedSteps, ImportProgress progress,
                 RefusalReport report) {
        this.lines = lines;
        this.batchSize = batchSize;
        this.transactions = transactions;
        this.gateway = gateway;
        this.bodies = bodies;
        this.importedSteps = importedSteps;
        this.progress = progress;
        this.report = report;
    }

    @Override
    public Void call() throws InterruptedException {
        List<ImportLine> batch = new ArrayList<>(batchSize);
        for (ImportLine line = lines.take(); line != END; line = lines.take()) {
            batch.add(line);
            if (batch.size() == batchSize) {
                importBatch(batch);
                batch.clear();
            }
        }
        if (!batch.isEmpty()) {
            importBatch(batch);
        }
        return null;
    }

    /**
     * Decides the batch's steps through the command side, writing nothing, then writes what it accepted in one
     * transaction: the steps' events in one append and their source steps in one INSERT. A source step that another
     * worker put on the ledger meanwhile (the same id twice in the file) is refused and the batch decided again
     * without it. A write the database refuses for one step's sake (not an outage) is found by writing the batch
     * step by step. A batch that fails to commit for the database's sake stops the import by throwing.
     */
    private void importBatch(List<ImportLine> batch) {
        Set<String> takenByAnother = new HashSet<>();
        while (true) {
            DecidedBatch decided = decide(batch, takenByAnother);
            Set<String> taken;
            try {
                taken = transactions.execute(status -> write(decided, status));
            } catch (RuntimeException failed) {
                decided.forget(failed);
                if (batch.size() > 1 && !outage(failed)) {
                    batch.forEach(line -> importBatch(List.of(line)));
                    return;
                }
                if (!outage(failed) && !Thread.currentThread().isInterrupted()) {
                    refusedOnWrite(batch.getFirst(), failed);
                    return;
                }
                throw new IllegalStateException("the import stopped at line " + batch.getFirst().number(), failed);
            }
            if (taken.isEmpty()) {
                committed(decided);
                return;
            }
            decided.forget(new IllegalStateException("source steps " + taken + " are another worker's"));
            takenByAnother.addAll(taken);
        }
    }

    /** Only now is the batch on the ledger, with what it refused. */
    private void committed(DecidedBatch decided) {
        stopped.putAll(decided.stopped());
        progress.batchCommitted(decided.acceptedLines().size(), decided.alreadyImportedCount(),
                decided.refusals().size());
        report.write(decided.refusals());
    }

    private DecidedBatch decide(List<ImportLine> batch, Set<String> takenByAnother) {
        // each source step on the ledger, or accepted in this batch, with the source complaint it belongs to
        Map<String, String> owners = importedSteps.imported(batch);
        DecidedBatch decided = new DecidedBatch();
        try {
            for (ImportLine line : batch) {
                String complaint = ImportedSteps.key(line.source(), line.sourceComplaintId());
                String step = ImportedSteps.key(line.source(), line.sourceStepId());
                String owner = owners.get(step);
                Long refusedLine = line.sourceComplaintId() == null ? null
                        : stopped.getOrDefault(complaint, decided.stoppedAt(complaint));
                if (line.malformed() != null) {
                    decided.refused(Refusal.malformed(line), line.sourceComplaintId() == null ? null : complaint);
                } else if (refusedLine != null) {
                    decided.refused(Refusal.followsRefused(line, refusedLine), null);
                } else if (takenByAnother.contains(step) || owner != null && !owner.equals(line.sourceComplaintId())) {
                    // the same source step id on another complaint's line of the file
                    decided.refused(Refusal.duplicateStep(line), complaint);
                } else if (owner != null) {
                    decided.countAlreadyImported();
                } else {
                    owners.put(step, line.sourceComplaintId());
                    decideStep(line, decided, complaint);
                }
            }
            return decided;
        } catch (RuntimeException | Error failed) {
            decided.forget(failed);
            throw failed;
        }
    }

    /** The step through the command gateway, in its own unit of work nested in the batch's: nothing written yet. */
    private void decideStep(ImportLine line, DecidedBatch decided, String complaint) {
        try {
            gateway.sendAndWait(ImportedStep.command(line, bodies));
            decided.accepted(line);
        } catch (RuntimeException refused) {
            if (Thread.currentThread().isInterrupted() || outage(refused)) {
                throw new IllegalStateException("the import stopped at line " + line.number(), refused);
            }
            decided.refused(Refusal.refused(line, refused), complaint);
        }
    }

    /**
     * The accepted steps' source steps, then their events; the source steps another worker has put on the ledger
     * first (the transaction then rolls back, nothing written, the batch's unit of work left to be forgotten), or none.
     */
    private Set<String> write(DecidedBatch decided, TransactionStatus status) {
        Set<String> taken = importedSteps.record(decided.acceptedLines());
        if (!taken.isEmpty()) {
            status.setRollbackOnly();
            return taken;
        }
        decided.unitOfWork().commit();
        return taken;
    }

    /** A single step whose events the ledger would not store, though not for an outage: refused, nothing written. */
    private void refusedOnWrite(ImportLine line, RuntimeException failure) {
        if (line.sourceComplaintId() != null) {
            stopped.putIfAbsent(ImportedSteps.key(line.source(), line.sourceComplaintId()), line.number());
        }
        progress.batchCommitted(0, 0, 1);
        report.write(List.of(Refusal.refused(line, failure)));
    }

    /** A failure of the database, not a refusal of the step: the import stops, its batch rolled back. */
    private static boolean outage(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof DuplicateKeyException) {
                return false;
            }
            if (cause instanceof DataAccessException || cause instanceof SQLException
                    || cause instanceof TransactionException) {
                return true;
            }
        }
        return false;
    }

}
