package org.complaintledger.demo;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.complaintledger.landlord.context.LandlordContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * With {@code complaint-ledger.demo.homes} set (the {@code demo} profile sets 10,000), loads a demo ledger on start-up
 * into a ledger that is still empty: {@code complaint-ledger.demo.financial-years} (default 2) financial years up to
 * the last one ended ({@code complaint-ledger.demo.last-financial-year} to choose), from
 * {@code complaint-ledger.demo.seed}, sent from {@code complaint-ledger.demo.threads} threads (default 1: in recorded
 * order). A ledger holding any event is never loaded again, so a second start keeps it.
 */
@Component
@ConditionalOnProperty("complaint-ledger.demo.homes")
class DemoDataLoader implements ApplicationRunner {

    private static final Logger LOG = LoggerFactory.getLogger(DemoDataLoader.class);

    private final CommandGateway gateway;
    private final EventProcessingConfiguration processors;
    private final JdbcTemplate jdbc;
    private final DemoLandlord landlord;
    private final int threads;

    DemoDataLoader(CommandGateway gateway, EventProcessingConfiguration processors, JdbcTemplate jdbc,
                   @Value("${complaint-ledger.demo.homes}") int homes,
                   @Value("${complaint-ledger.demo.financial-years:2}") int financialYears,
                   @Value("${complaint-ledger.demo.last-financial-year:0}") int lastFinancialYear,
                   @Value("${complaint-ledger.demo.seed:2024}") long seed,
                   @Value("${complaint-ledger.demo.threads:1}") int threads) {
        this.gateway = gateway;
        this.processors = processors;
        this.jdbc = jdbc;
        int last = lastFinancialYear > 0 ? lastFinancialYear : lastEnded();
        this.landlord = new DemoLandlord(seed, homes, last - financialYears + 1, financialYears);
        this.threads = threads;
    }

    /** The last financial year that has ended in London. */
    private static int lastEnded() {
        return LandlordContext.financialYearOf(LocalDate.now(ZoneId.of("Europe/London"))) - 1;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (Boolean.TRUE.equals(jdbc.queryForObject("SELECT EXISTS (SELECT 1 FROM domain_event_entry)", Boolean.class))) {
            LOG.info("Demo data not loaded: the ledger already holds events");
            return;
        }
        LOG.info("Loading a demo ledger: {}", landlord);
        DemoLedger.Loaded loaded = new DemoLedger(landlord).load(gateway::sendAndWait, Instant.now(), threads);
        LOG.info("Demo ledger loaded: {} commands in {} s ({} planned later than now left out)", loaded.sent(),
                loaded.took().toMillis() / 1000.0, loaded.later());
        if (threads > 1) {
            replayProjections();
        }
    }

    /**
     * Loaded from several threads, the events' global index has gaps that fill as transactions commit; a tracking
     * processor gives up on a gap whose next event is older than its gap timeout, and every demo event is years old,
     * so the projections may have skipped some. Replaying them from the start reads every event.
     */
    private void replayProjections() {
        processors.eventProcessors().values().stream()
                .filter(StreamingEventProcessor.class::isInstance).map(StreamingEventProcessor.class::cast)
                .forEach(processor -> {
                    processor.shutDown();
                    processor.resetTokens();
                    processor.start();
                });
        LOG.info("Projections replayed from the start after a load from {} threads", threads);
    }
}
