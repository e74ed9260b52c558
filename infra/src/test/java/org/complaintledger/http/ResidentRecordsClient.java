package org.complaintledger.http;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.complaintledger.http.LedgerClient.Reply;

/** One resident of its own (a fresh id), whose records the tests put on the ledger through a {@link LedgerClient}. */
final class ResidentRecordsClient {

    static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/London"));

    final String id = "R-" + UUID.randomUUID();
    private final LedgerClient ledger;

    ResidentRecordsClient(LedgerClient ledger) {
        this.ledger = ledger;
    }

    /** The resident's path: /api/residents/{residentId}. */
    String records() {
        return "/api/residents/" + id;
    }

    Reply agreeAdjustment(String occurredAt, LocalDate reviewDue) {
        return ledger.post(records() + "/adjustments", """
                {"occurredAt": "%s", "backdatingReason": "agreed on a visit, written up later",
                 "kind": "ADJUSTMENT_AGREED", "description": "letters in large print",
                 "agreedWith": "the resident", "reviewDue": "%s", "recordedBy": "Alice"}""".formatted(occurredAt, reviewDue));
    }

    Reply imposeRestriction(boolean residentInformed, LocalDate reviewDue) {
        return ledger.post(records() + "/restrictions", """
                {"reasons": "abusive calls on three days", "scope": "email only, to one point of contact",
                 "proportionalityNote": "email suits the resident's hearing impairment",
                 "residentInformed": %s, "reviewDue": "%s", "decidedBy": "Carla"}""".formatted(residentInformed, reviewDue));
    }

    /** The reviews due for this resident: "id KIND date overdue|due", in the order the ledger lists them. */
    List<String> reviewsDue(String by) {
        List<String> due = new ArrayList<>();
        ledger.get("/api/reviews-due" + (by == null ? "" : "?by=" + by)).body().get("reviews").forEach(review -> {
            if (review.get("residentId").asString().equals(id)) {
                due.add(review.get("recordId").asString() + " " + review.get("kind").asString() + " "
                        + review.get("reviewDue").asString() + (review.get("overdue").asBoolean() ? " overdue" : " due"));
            }
        });
        return due;
    }
}
