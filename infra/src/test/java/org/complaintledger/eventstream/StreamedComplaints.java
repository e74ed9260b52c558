package org.complaintledger.eventstream;

import static org.assertj.core.api.Assertions.assertThat;

import org.complaintledger.http.LedgerClient;
import org.complaintledger.http.LedgerClient.Reply;

/** Complaints the stream's tests log and take on a step, over the HTTP API as a handler would. */
final class StreamedComplaints {

    private static final String LATE = "\"backdatingReason\": \"entered from the paper file\"";

    private final LedgerClient ledger;

    StreamedComplaints(LedgerClient ledger) {
        this.ledger = ledger;
    }

    /** Logged as received at {@code occurredAt} by {@code channel} from {@code residentName}; answers its id. */
    String logged(String occurredAt, String channel, String residentName) {
        Reply logged = ledger.post("/api/complaints", """
                {"occurredAt": "%s", %s, "channel": "%s", "complainant": {"residentName": "%s"},
                 "category": "repairs", "tenure": "LOW_COST_RENTAL", "description": "Leak under the sink at %s's",
                 "outcomesSought": ["a dry kitchen"]}""".formatted(occurredAt, LATE, channel, residentName,
                residentName));
        assertThat(logged.status()).as(logged.body().toString()).isEqualTo(201);
        return logged.id();
    }

    /** Logged and acknowledged a day later: two events. */
    String loggedAndAcknowledged(String occurredAt, String channel, String residentName) {
        String id = logged(occurredAt, channel, residentName);
        String acknowledgedAt = java.time.Instant.parse(occurredAt).plusSeconds(86_400).toString();
        Reply acknowledged = ledger.post("/api/complaints/" + id + "/stages/1/acknowledgement", """
                {"occurredAt": "%s", %s, "handler": "Sam Handler",
                 "definition": {"understanding": "Leak", "outcomesSought": ["repair"]},
                 "responsibleFor": ["plumbing"], "notResponsibleFor": []}""".formatted(acknowledgedAt, LATE));
        assertThat(acknowledged.status()).as(acknowledged.body().toString()).isEqualTo(200);
        return id;
    }
}
