package org.complaintledger.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.complaintledger.http.LedgerClient.Reply;

/**
 * One complaint whose every step is entered late from the paper file (backdated, with its reason), so that tests of
 * the reports can take complaints of any Code version through their stages on the days they choose. Each step must
 * be accepted.
 */
final class BackdatedComplaint {

    private static final String LATE = "\"backdatingReason\": \"entered from the paper file\"";

    private final LedgerClient ledger;
    private final String at;

    private BackdatedComplaint(LedgerClient ledger, String id) {
        this.ledger = ledger;
        this.at = "/api/complaints/" + id;
    }

    /** Logged at {@code occurredAt} with a taxonomy {@code category} and {@code tenure}; {@code more} ends in ",". */
    static BackdatedComplaint logged(LedgerClient ledger, String occurredAt, String category, String tenure, String more) {
        Reply logged = ledger.post("/api/complaints", """
                {"occurredAt": "%s", %s, "channel": "LETTER", "complainant": {"residentName": "Wendy Window"},
                 "category": "%s", "tenure": "%s", %s "description": "Window will not close",
                 "outcomesSought": ["a window that shuts"]}""".formatted(occurredAt, LATE, category, tenure, more));
        assertThat(logged.status()).as(logged.body().toString()).isEqualTo(201);
        return new BackdatedComplaint(ledger, logged.id());
    }

    String id() {
        return at.substring(at.lastIndexOf('/') + 1);
    }

    Reply acknowledged(int stage, String occurredAt, String handler) {
        return accepted(at + "/stages/" + stage + "/acknowledgement", """
                {"occurredAt": "%s", %s, "handler": "%s",
                 "definition": {"understanding": "Window will not close", "outcomesSought": ["repair"]},
                 "responsibleFor": ["windows"], "notResponsibleFor": []}""".formatted(occurredAt, LATE, handler));
    }

    /**
     * Answered; a decision that finds fault offers an apology due a week later (7.1), and a final response's
     * {@code escalationRoute} must name the Housing Ombudsman (6.19; 2022 5.16, 5.20).
     */
    Reply responded(int stage, String occurredAt, String decision, String escalationRoute, String respondedBy) {
        String remedies = decision.equals("NOT_UPHELD") ? "" : """
                {"type": "APOLOGY", "description": "Written apology", "dueBy": "%s"}"""
                .formatted(LocalDate.parse(occurredAt.substring(0, 10)).plusDays(7));
        return accepted(at + "/stages/" + stage + "/response", """
                {"occurredAt": "%s", %s, "decision": "%s", "reasons": "The window was looked at again",
                 "remediesOffered": [%s], "outstandingActions": [], "escalationRoute": "%s", "respondedBy": "%s"}"""
                .formatted(occurredAt, LATE, decision, remedies, escalationRoute, respondedBy));
    }

    Reply escalated(String occurredAt) {
        return accepted(at + "/escalation-request", "{\"occurredAt\": \"%s\", %s}".formatted(occurredAt, LATE));
    }

    Reply handlingFailureFound(String occurredAt, String kind, String provision) {
        return accepted(at + "/ombudsman-handling-failures", """
                {"occurredAt": "%s", %s, "ombudsmanReference": "HOS-2023-0101", "kind": "%s",
                 "provisions": ["%s"], "description": "Answered late"}""".formatted(occurredAt, LATE, kind, provision));
    }

    private Reply accepted(String path, String body) {
        Reply reply = ledger.post(path, body);
        assertThat(reply.status()).as(path + " " + reply.body()).isEqualTo(200);
        return reply;
    }
}
