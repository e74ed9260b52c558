package org.complaintledger.ledger;

import jakarta.validation.ValidatorFactory;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import org.axonframework.commandhandling.CommandBus;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.commandhandling.gateway.DefaultCommandGateway;
import org.axonframework.config.AggregateConfigurer;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.modelling.command.VersionedAggregateIdentifier;
import org.axonframework.messaging.interceptors.BeanValidationInterceptor;
import org.complaintledger.calendar.WorkingDayCalendar;
import org.complaintledger.code.CodeVersions;
import org.complaintledger.code.Timescales;
import org.complaintledger.complaint.Complaint;
import org.complaintledger.complaint.ComplaintCommand;
import org.complaintledger.outage.CommandLocks;
import org.complaintledger.procedure.LandlordProcedure;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;

/** Wires the Complaint aggregate into Axon with the Code's timescales and the checks every command passes. */
@Configuration
public class LedgerConfiguration {

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }

    /**
     * Closure days are the landlord's own non-working days: those in configuration, e.g.
     * {@code complaint-ledger.closure-days=2025-12-29,2025-12-30}, and those declared on the ledger, which the
     * closure-days projection hands to this calendar as each declaration or withdrawal commits.
     */
    @Bean
    WorkingDayCalendar workingDayCalendar(@Value("${complaint-ledger.closure-days:}") List<LocalDate> closureDays) {
        return new WorkingDayCalendar(new HashSet<>(closureDays));
    }

    /**
     * The landlord's procedure says when it had a third stage (2022 5.17), e.g.
     * {@code complaint-ledger.procedure.third-stage[0].from=2022-04-01} and {@code ...[0].until=2024-03-31}; a complaint
     * received in such a period under the 2022 Code may go to stage 3, and keeps that on its record.
     */
    @Bean
    Timescales timescales(WorkingDayCalendar calendar, Environment environment, Clock clock) {
        List<LandlordProcedure.Period> thirdStage = Binder.get(environment)
                .bind("complaint-ledger.procedure.third-stage", Bindable.listOf(LandlordProcedure.Period.class))
                .orElse(List.of());
        // Steps are judged, and their events stamped, by the recording clock: real time but where a recording is
        // replayed over its own years (the demo ledger).
        return new Timescales(calendar, CodeVersions.known(), new LandlordProcedure(thirdStage),
                RecordingClock.over(clock));
    }

    /**
     * The complaint aggregate, the most recently used {@code complaint-ledger.aggregate-cache-size} of them cached
     * between commands so that a follow-up step does not re-read and re-parse the complaint's events; an entry that
     * another process has moved on is dropped on load ({@link LatestOnLoad}), so every step is decided on the latest
     * events.
     * Every complaint command names its complaint, so its target is read from it rather than found by reflection.
     * Only a complaint's own events make a complaint: an id of another kind of record is no complaint (404).
     * A step waits a bounded time for the complaint's lock, so steps do not pile up behind one stuck on the database.
     */
    @Bean
    ConfigurerModule complaintAggregate(@Value("${complaint-ledger.aggregate-cache-size:10000}") int cacheSize,
                                        JdbcTemplate jdbc) {
        LatestOnLoad cache = new LatestOnLoad(new RecentAggregates(cacheSize), jdbc);
        return configurer -> configurer.configureAggregate(AggregateConfigurer.defaultConfiguration(Complaint.class)
                .configureCache(config -> cache)
                .configureFilterEventsByType(config -> true)
                .configureLockFactory(config -> CommandLocks.bounded())
                .configureCommandTargetResolver(config -> command -> new VersionedAggregateIdentifier(
                        ((ComplaintCommand) command.getPayload()).complaintId(), null)));
    }

    /**
     * Axon's gateway, except that a command that lost its sequence numbers to another process is decided once more on
     * the latest events before the caller is answered (docs/multi-node.md).
     */
    @Bean
    CommandGateway commandGateway(CommandBus commandBus) {
        return DefaultCommandGateway.builder().commandBus(commandBus)
                .retryScheduler(new RetryOnceOnConcurrentChange()).build();
    }

    /**
     * Bean validation runs as the command is dispatched, so a malformed command never reaches the aggregate.
     * (Axon registers MessageHandlerInterceptor beans such as the IdempotencyInterceptor by itself; a dispatch
     * interceptor bean it would register on the gateway, which callers of the bus could bypass.)
     */
    @Bean
    CommandValidation commandValidation(CommandBus commandBus, ValidatorFactory validatorFactory) {
        commandBus.registerDispatchInterceptor(new BeanValidationInterceptor<CommandMessage<?>>(validatorFactory));
        return new CommandValidation();
    }

    /** Marks that commands on the bus are validated. */
    record CommandValidation() {
    }
}
