package org.complaintledger.bulkimport;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.EventProcessingConfiguration;
import org.complaintledger.http.CommandBodies;
import org.complaintledger.ledgertree.AdmissionHold;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * Imports a landlord's history from an import file (docs/import.md): this thread reads the lines and hands each to
 * one of {@code complaint-ledger.import.threads} workers (default 2) by its resident ({@link Partitions}), so a
 * complaint's steps stay in the file's order; each worker imports {@code complaint-ledger.import.batch-size} steps (default 500) per transaction
 * ({@link ImportWorker}). The tracking processors are paused meanwhile ({@link PausedProcessors}; unless
 * {@code complaint-ledger.import.pause-processors=false}) and catch up after; so is this process's scheduled admission
 * into the ledger's tree ({@link AdmissionHold}), which admits the imported events once the import is done. One import
 * runs at a time in a process.
 */
@Component
public class LedgerImport {

    private static final Logger LOG = LoggerFactory.getLogger(LedgerImport.class);
    private static final int QUEUED_LINES_PER_WORKER = 4_096;

    private final CommandGateway gateway;
    private final CommandBodies bodies;
    private final ImportedSteps importedSteps;
    private final TransactionTemplate transactions;
    private final JsonMapper json;
    private final int threads;
    private final int batchSize;
    private final EventProcessingConfiguration processing;
    private final boolean pauseProcessors;
    private final AdmissionHold admission;
    private volatile ImportProgress latest;

    LedgerImport(CommandGateway gateway, CommandBodies bodies, ImportedSteps importedSteps,
                 PlatformTransactionManager transactionManager, JsonMapper json,
                 @Value("${complaint-ledger.import.threads:2}") int threads,
                 @Value("${complaint-ledger.import.batch-size:500}") int batchSize,
                 EventProcessingConfiguration processing,
                 @Value("${complaint-ledger.import.pause-processors:true}") boolean pauseProcessors,
                 AdmissionHold admission) {
        this.processing = processing;
        this.admission = admission;
        this.pauseProcessors = pauseProcessors;
        this.gateway = gateway;
        this.bodies = bodies;
        this.importedSteps = importedSteps;
        this.transactions = new TransactionTemplate(transactionManager);
        this.json = json;
        this.threads = Math.max(1, threads);
        this.batchSize = Math.max(1, batchSize);
    }

    /** The latest import's progress, this one's while it runs. */
    public Optional<ImportProgress> latest() {
        return Optional.ofNullable(latest);
    }

    /**
     * Counts the file's steps (refusing a file that cannot be imported at all before importing anything), then
     * imports them, the refused ones written to {@code report}; returns once every worker has finished.
     *
     * @param started given the progress as soon as the steps are counted, for a progress bar to follow
     */
    public ImportProgress run(Path file, Path report, Consumer<ImportProgress> started) throws InterruptedException {
        return run(file, report, started, false);
    }

    /**
     * As {@link #run(Path, Path, Consumer)}; with {@code keepProcessorsStopped} the processors paused for the import
     * stay stopped after it: for a rebuild of the read models (which starts them when it is done) not to compete with
     * them taking in the imported events one by one, or in a process that ends after the import.
     */
    public synchronized ImportProgress run(Path file, Path report, Consumer<ImportProgress> started,
                                           boolean keepProcessorsStopped) throws InterruptedException {
        ImportFile lines = ImportFile.open(file);
        ImportProgress progress = new ImportProgress(lines.steps());
        latest = progress;
        started.accept(progress);
        ExecutorService pool = Executors.newFixedThreadPool(threads, Thread.ofPlatform().name("ledger-import-", 1)
                .factory());
        try (RefusalReport refusals = new RefusalReport(report, json);
             PausedProcessors paused = PausedProcessors.pause(processing, pauseProcessors);
             AdmissionHold.Held admissionHeld = admission.hold()) {
            List<BlockingQueue<ImportLine>> queues = new ArrayList<>();
            List<Future<Void>> workers = new ArrayList<>();
            for (int i = 0; i < threads; i++) {
                BlockingQueue<ImportLine> queue = new ArrayBlockingQueue<>(QUEUED_LINES_PER_WORKER);
                queues.add(queue);
                workers.add(pool.submit(new ImportWorker(queue, batchSize, transactions, gateway, bodies,
                        importedSteps, progress, refusals)));
            }
            Partitions partitions = new Partitions(threads);
            lines.forEachLine((number, bytes) -> {
                ImportLine line = ImportLine.parse(number, bytes, json);
                int worker = partitions.of(line);
                hand(queues.get(worker), line, workers.get(worker));
            });
            for (int i = 0; i < threads; i++) {
                hand(queues.get(i), ImportWorker.END, workers.get(i));
            }
            for (Future<Void> worker : workers) {
                worker.get();
            }
            if (keepProcessorsStopped) {
                paused.keepStopped();
            }
            return progress;
        } catch (ExecutionException e) {
            throw failure(e);
        } finally {
            progress.finish();
            pool.shutdownNow();
            pool.awaitTermination(1, TimeUnit.MINUTES);
        }
    }

    /** Waits for room on the worker's queue, unless the worker has stopped (failed), whose failure then tells. */
    private static void hand(BlockingQueue<ImportLine> queue, ImportLine line, Future<Void> worker)
            throws InterruptedException {
        while (!queue.offer(line, 100, TimeUnit.MILLISECONDS)) {
            if (worker.isDone()) {
                try {
                    worker.get();
                } catch (ExecutionException e) {
                    throw failure(e);
                }
                throw new IllegalStateException("an import worker stopped before the end of the file");
            }
        }
    }

    private static RuntimeException failure(ExecutionException e) {
        LOG.error("An import worker failed; a later run of the same file resumes from its last committed batch",
                e.getCause());
        return e.getCause() instanceof RuntimeException failure ? failure : new IllegalStateException(e.getCause());
    }
}
