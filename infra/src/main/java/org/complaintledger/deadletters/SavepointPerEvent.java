package org.complaintledger.deadletters;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.messaging.Message;
import org.axonframework.messaging.annotation.HandlerEnhancerDefinition;
import org.axonframework.messaging.annotation.MessageHandlingMember;
import org.axonframework.messaging.annotation.WrappedMessageHandlingMember;
import org.complaintledger.deadletters.DeadLetterConfiguration.ParkingGroups;
import org.springframework.core.annotation.AnnotationUtils;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.support.DefaultTransactionDefinition;

/**
 * Each event of a parking group is handled under a savepoint of its batch's transaction. PostgreSQL aborts the whole
 * transaction on a failed statement, so without this the dead letter could not be written, nor the batch's other
 * events committed: rolling back to the savepoint undoes just the failed event's writes before Axon parks it.
 */
final class SavepointPerEvent implements HandlerEnhancerDefinition {

    private static final TransactionDefinition NESTED =
            new DefaultTransactionDefinition(TransactionDefinition.PROPAGATION_NESTED);

    private final ParkingGroups groups;
    private final PlatformTransactionManager transactions;
    /** Whether a projection class's group parks, looked up once per class rather than once per event. */
    private final ClassValue<Boolean> parks = new ClassValue<>() {
        @Override
        protected Boolean computeValue(Class<?> type) {
            ProcessingGroup group = AnnotationUtils.findAnnotation(type, ProcessingGroup.class);
            return group != null && groups.includes(group.value());
        }
    };

    SavepointPerEvent(ParkingGroups groups, PlatformTransactionManager transactions) {
        this.groups = groups;
        this.transactions = transactions;
    }

    @Override
    public <T> MessageHandlingMember<T> wrapHandler(MessageHandlingMember<T> original) {
        // a handler inherited from a projections' base class (readmodel.LiveProjection) declares no group: its
        // target's class says which group it runs in, so that is decided per call
        ProcessingGroup declared = AnnotationUtils.findAnnotation(original.declaringClass(), ProcessingGroup.class);
        if (!original.hasAnnotation(EventHandler.class) || declared != null && !groups.includes(declared.value())) {
            return original;
        }
        return new WrappedMessageHandlingMember<>(original) {
            @Override
            public Object handle(Message<?> message, T target) throws Exception {
                if (!parks(target)) {
                    return super.handle(message, target);
                }
                TransactionStatus savepoint = transactions.getTransaction(NESTED);
                Object result;
                try {
                    result = super.handle(message, target);
                } catch (Exception | Error failed) {
                    transactions.rollback(savepoint);
                    throw failed;
                }
                transactions.commit(savepoint);
                return result;
            }
        };
    }

    private boolean parks(Object target) {
        return target != null && parks.get(target.getClass());
    }
}
