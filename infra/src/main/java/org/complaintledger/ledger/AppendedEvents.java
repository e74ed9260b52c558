package org.complaintledger.ledger;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventBus;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.springframework.stereotype.Component;

/**
 * Answers a command that asks for it ({@link #REQUESTED} in its metadata) with the events it appended, as they were
 * published in its unit of work: the HTTP API shows a step's events without reading the record's whole stream back
 * (which cost O(history) per request). They are the very messages the event store commits, with their sequence
 * numbers and timestamps; if the unit of work rolls back, the command fails and the list is never seen.
 */
@Component
public class AppendedEvents implements MessageHandlerInterceptor<CommandMessage<?>> {

    public static final String REQUESTED = "answerWithAppendedEvents";
    private static final String RESOURCE = AppendedEvents.class.getName();

    /** The result of a command that asked for its events. */
    public record Appended(List<DomainEventMessage<?>> events) {
    }

    public AppendedEvents(EventBus eventBus) {
        eventBus.registerDispatchInterceptor(messages -> collect());
    }

    private static BiFunction<Integer, EventMessage<?>, EventMessage<?>> collect() {
        return (index, message) -> {
            CurrentUnitOfWork.ifStarted(unitOfWork -> {
                List<DomainEventMessage<?>> appended = unitOfWork.root().getResource(RESOURCE);
                if (appended != null && message instanceof DomainEventMessage<?> domainEvent) {
                    appended.add(domainEvent);
                }
            });
            return message;
        };
    }

    @Override
    public Object handle(UnitOfWork<? extends CommandMessage<?>> unitOfWork, InterceptorChain chain) throws Exception {
        if (!Boolean.TRUE.equals(unitOfWork.getMessage().getMetaData().get(REQUESTED))) {
            return chain.proceed();
        }
        List<DomainEventMessage<?>> appended = new ArrayList<>();
        unitOfWork.root().resources().put(RESOURCE, appended);
        chain.proceed();
        return new Appended(appended);
    }
}
