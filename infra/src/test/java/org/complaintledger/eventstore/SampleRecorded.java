package org.complaintledger.eventstore;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** An event shaped like the ledger's own (records, dates, enums, lists, nesting), independent of command-side. */
record SampleRecorded(String complaintId,
                      Instant occurredAt,
                      LocalDate due,
                      Kind kind,
                      List<String> outcomesSought,
                      Party party) {

    enum Kind { PHONE, LETTER }

    record Party(String name, Representative representative) {
    }

    record Representative(String name, String relationship) {
    }

    static SampleRecorded of(String complaintId) {
        return new SampleRecorded(complaintId,
                Instant.parse("2025-03-14T09:26:53.589793Z"),
                LocalDate.of(2025, 3, 28),
                Kind.LETTER,
                List.of("repair the roof", "an apology"),
                new Party("Ada Lovelace", new Representative("Charles Babbage", "advocate")));
    }
}
