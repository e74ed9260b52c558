package org.complaintledger.embeddedpostgres;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.complaintledger.LedgerApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The ledger application started as its main method would start it, outside Spring's test context cache, so a test
 * controls when it stops and starts again.
 */
record LedgerProcess(ConfigurableApplicationContext context) implements AutoCloseable {

    /** Command-line arguments, because they outrank application.yml as they do for a real start. */
    static LedgerProcess start(String... arguments) {
        List<String> args = new ArrayList<>(List.of(arguments));
        args.add("--server.port=0");
        return new LedgerProcess(new SpringApplicationBuilder(LedgerApplication.class).run(args.toArray(String[]::new)));
    }

    static LedgerProcess startEmbedded(Path dataDirectory) {
        return start("--complaint-ledger.embedded-postgres.data-directory=" + dataDirectory,
                "--complaint-ledger.embedded-postgres.port=0");
    }

    String appendNote(String text) {
        String id = "durability-" + UUID.randomUUID();
        context.getBean(EventStore.class).publish(new GenericDomainEventMessage<>("InfraTestStream", id, 0, new Note(text)));
        return id;
    }

    List<Note> notes(String id) {
        return context.getBean(EventStore.class).readEvents(id).asStream()
                .map(event -> (Note) event.getPayload())
                .toList();
    }

    String setting(String name) {
        return jdbc().queryForObject("SHOW " + name, String.class);
    }

    JdbcTemplate jdbc() {
        return context.getBean(JdbcTemplate.class);
    }

    @Override
    public void close() {
        context.close();
    }

    record Note(String text) {
    }
}
