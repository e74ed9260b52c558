package org.complaintledger.idempotency;

import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.complaintledger.ledger.LedgerCommand;
import org.springframework.stereotype.Component;

/**
 * Records a keyed request inside the unit of work that handles its command, so the record and the events
 * the command appends commit together or not at all.
 */
@Component
public class IdempotencyInterceptor implements MessageHandlerInterceptor<CommandMessage<?>> {

    private final IdempotentRequests requests;

    public IdempotencyInterceptor(IdempotentRequests requests) {
        this.requests = requests;
    }

    @Override
    public Object handle(UnitOfWork<? extends CommandMessage<?>> unitOfWork, InterceptorChain chain) throws Exception {
        CommandMessage<?> command = unitOfWork.getMessage();
        Object result = chain.proceed();
        Object key = command.getMetaData().get(IdempotentRequest.KEY);
        if (key != null && command.getPayload() instanceof LedgerCommand ledgerCommand) {
            requests.record(new IdempotentRequest(key.toString(),
                    String.valueOf(command.getMetaData().get(IdempotentRequest.FINGERPRINT)),
                    command.getIdentifier(), ledgerCommand.recordId()));
        }
        return result;
    }
}
