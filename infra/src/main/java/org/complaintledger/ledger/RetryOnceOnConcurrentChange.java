package org.complaintledger.ledger;

import java.util.List;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.commandhandling.gateway.RetryScheduler;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.modelling.command.ConcurrencyException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A command whose events lost the race for their sequence numbers to another process's (Axon's
 * {@code ConcurrencyException}: the unique aggregate id and sequence number) is tried once more, at once, and so
 * decided again on the aggregate as it now stands: the failed attempt rolled back everything, its idempotency record
 * included, and evicted the cached aggregate. A second loss is answered {@code 409 concurrent-change}. Nothing else is
 * retried: a refusal by the Code's rules or a database outage is the caller's answer as it is.
 */
final class RetryOnceOnConcurrentChange implements RetryScheduler {

    private static final Logger log = LoggerFactory.getLogger(RetryOnceOnConcurrentChange.class);

    @Override
    public boolean scheduleRetry(CommandMessage commandMessage, RuntimeException lastFailure,
                                 List<Class<? extends Throwable>[]> failures, Runnable commandDispatch) {
        // Within an enclosing unit of work the failed statement has aborted the shared transaction: no retry there.
        if (failures.size() > 1 || !concurrentChange(lastFailure) || CurrentUnitOfWork.isStarted()) {
            return false;
        }
        log.debug("{} lost its sequence numbers to another writer; deciding it again on the latest events",
                commandMessage.getCommandName());
        commandDispatch.run();
        return true;
    }

    private static boolean concurrentChange(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof ConcurrencyException) {
                return true;
            }
        }
        return false;
    }
}
