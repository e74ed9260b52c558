package org.complaintledger.bulkimport;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.Callable;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.complaintledger.complaint.ComplaintCommand;
import org.complaintledger.http.CommandBodies;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.transaction.TransactionException;
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * One of the import's workers: the lines of its share of the complaints, in the file's order, a batch of them per
 * transaction. Each step goes through the command gateway (every rule of the Code checked, as for an HTTP step) under
 * a savepoint, so a refused step rolls back alone; its complaint's later lines are then not imported. A step already
 * imported, by this run or an earlier one, is skipped.
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

    /** A batch that fails to commit (the database's failure, never a step's) stops the import by throwing. */
    private void importBatch(List<ImportLine> batch) {
        Outcome outcome = transactions.execute(status -> importInTransaction(batch, status));
        // only now is the batch on the ledger, with what it refused
        progress.batchCommitted(outcome.imported, outcome.alreadyImported, outcome.refusals.size());
        report.write(outcome.refusals);
    }

    private Outcome importInTransaction(List<ImportLine> batch, TransactionStatus status) {
        Outcome outcome = new Outcome();
        Set<String> imported = importedSteps.imported(batch);
        for (ImportLine line : batch) {
            String complaint = ImportedSteps.key(line.source(), line.sourceComplaintId());
            Long refusedLine = line.sourceComplaintId() == null ? null : stopped.get(complaint);
            if (line.malformed() != null) {
                outcome.refusals.add(Refusal.malformed(line));
                stop(line, complaint);
            } else if (refusedLine != null) {
                outcome.refusals.add(Refusal.followsRefused(line, refusedLine));
            } else if (!imported.add(ImportedSteps.key(line.source(), line.sourceStepId()))) {
                outcome.alreadyImported++;
            } else {
                Refusal refusal = importStep(line, status);
                if (refusal == null) {
                    outcome.imported++;
                } else {
                    outcome.refusals.add(refusal);
                    stop(line, complaint);
                }
            }
        }
        return outcome;
    }

    private void stop(ImportLine line, String complaint) {
        if (line.sourceComplaintId() != null) {
            stopped.putIfAbsent(complaint, line.number());
        }
    }

    /** Null if the step is on the ledger, else why not; its writes, if any, are rolled back to before it. */
    private Refusal importStep(ImportLine line, TransactionStatus status) {
        Object savepoint = status.createSavepoint();
        try {
            ComplaintCommand command = ImportedStep.command(line, bodies);
            gateway.sendAndWait(command);
            importedSteps.record(line, command.complaintId());
            status.releaseSavepoint(savepoint);
            return null;
        } catch (RuntimeException refused) {
            if (Thread.currentThread().isInterrupted() || outage(refused)) {
                throw new IllegalStateException("the import stopped at line " + line.number(), refused);
            }
            try {
                // also clears the rollback-only mark the command's own (participating) transaction left on failing
                status.rollbackToSavepoint(savepoint);
            } catch (RuntimeException rollback) {
                rollback.addSuppressed(refused);
                throw new IllegalStateException("the import stopped at line " + line.number(), rollback);
            }
            return refused instanceof DuplicateKeyException
                    ? new Refusal(line.number(), line.source(), line.sourceComplaintId(), line.sourceStepId(),
                            line.kind(), "duplicate-source-step", null, "source step " + line.sourceStepId()
                            + " of " + line.source() + " is in the file more than once")
                    : Refusal.refused(line, refused);
        }
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

    private static final class Outcome {
        private long imported;
        private long alreadyImported;
        private final List<Refusal> refusals = new ArrayList<>();
    }
}
