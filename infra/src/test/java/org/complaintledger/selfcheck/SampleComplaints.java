package org.complaintledger.selfcheck;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import org.complaintledger.proof.StoredEvent;

/**
 * Complaints' events shaped as the ledger stores them (JSON payloads with sealed personal data, Axon's metadata and
 * timestamps), generated from a seed, for a ledger written by {@link LedgerWriter}: each complaint logged,
 * acknowledged, given a few pieces of correspondence and answered, its events interleaved with other complaints'.
 */
public final class SampleComplaints {

    static final String PACKAGE = "org.complaintledger.complaint.";
    /** Axon's JDBC engine writes timestamps with three fraction digits, always. */
    private static final DateTimeFormatter AXON = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSS'Z'")
            .withZone(ZoneOffset.UTC);

    private final Random random;
    private Instant clock;

    public SampleComplaints(long seed, Instant from) {
        this.random = new Random(seed);
        this.clock = from;
    }

    /** {@code complaints} complaints of 3 to 8 events each, recorded in turns so that records interleave. */
    public List<StoredEvent> events(int complaints) {
        List<List<StoredEvent>> each = new ArrayList<>();
        for (int i = 0; i < complaints; i++) {
            each.add(complaint());
        }
        List<StoredEvent> interleaved = new ArrayList<>();
        int[] next = new int[complaints];
        int left = each.stream().mapToInt(List::size).sum();
        while (left > 0) {
            int pick = random.nextInt(complaints);
            while (next[pick] == each.get(pick).size()) {
                pick = (pick + 1) % complaints;
            }
            StoredEvent event = each.get(pick).get(next[pick]++);
            clock = clock.plusMillis(1 + random.nextInt(60_000));
            interleaved.add(new StoredEvent(event.eventIdentifier(), event.aggregateIdentifier(), event.aggregateType(),
                    event.sequenceNumber(), event.payloadType(), event.payloadRevision(), AXON.format(clock),
                    event.payload(), event.metaData()));
            left--;
        }
        return interleaved;
    }

    private List<StoredEvent> complaint() {
        String id = UUID.randomUUID().toString();
        List<StoredEvent> events = new ArrayList<>();
        events.add(event(id, events.size(), "ComplaintLogged", """
                {"complaintId":"%s","receivedAt":"2026-03-02T09:%02d:00Z","channel":"EMAIL","category":"repairs",\
                "complainant":{"residentId":"%s","residentName":"%s","residentReference":"%s",\
                "representative":null},"description":"%s","outcomesSought":["%s","%s"],\
                "dataSubjectId":"%s","taxonomyVersion":"v1","codeVersion":"2024","tenure":"SOCIAL_RENT",\
                "backdatingReason":null,"finalStage":2}""".formatted(id, random.nextInt(60), id, sealed(id, 24),
                sealed(id, 12), sealed(id, 180 + random.nextInt(400)), sealed(id, 40), sealed(id, 30), id)));
        events.add(event(id, events.size(), "StageAcknowledged", """
                {"complaintId":"%s","stage":1,"acknowledgedAt":"2026-03-03T10:00:00Z",\
                "acknowledgementDue":"2026-03-09","onTime":true,"definition":{"understanding":"%s",\
                "outcomesSought":["%s"]},"responseDue":"2026-03-17","backdatingReason":null}\
                """.formatted(id, sealed(id, 120), sealed(id, 40))));
        int correspondence = random.nextInt(5);
        for (int i = 0; i < correspondence; i++) {
            events.add(event(id, events.size(), "CorrespondenceRecorded", """
                    {"complaintId":"%s","direction":"%s","party":"RESIDENT","channel":"EMAIL",\
                    "summary":"%s","occurredAt":"2026-03-%02dT11:00:00Z","backdatingReason":null}\
                    """.formatted(id, random.nextBoolean() ? "INBOUND" : "OUTBOUND", sealed(id, 60 + random.nextInt(200)),
                    4 + i)));
        }
        events.add(event(id, events.size(), "StageResponded", """
                {"complaintId":"%s","stage":1,"respondedAt":"2026-03-16T15:00:00Z","decision":"UPHELD",\
                "reasons":"%s","remediesOffered":[{"type":"APOLOGY","description":"%s","amount":null}],\
                "outstandingActions":[{"actionId":"action-1","description":"%s","due":"2026-04-01"}],\
                "escalationRoute":"%s","onTime":true,"backdatingReason":null}\
                """.formatted(id, sealed(id, 300 + random.nextInt(300)), sealed(id, 60), sealed(id, 80),
                sealed(id, 90))));
        return events;
    }

    private StoredEvent event(String complaintId, long sequence, String type, String payload) {
        String metaData = "{\"traceId\":\"" + UUID.randomUUID() + "\",\"correlationId\":\"" + UUID.randomUUID()
                + "\"}";
        return new StoredEvent(UUID.randomUUID().toString(), complaintId, "Complaint", sequence, PACKAGE + type, null,
                AXON.format(clock), payload.getBytes(StandardCharsets.UTF_8), metaData.getBytes(StandardCharsets.UTF_8));
    }

    /** A sealed value as the ledger stores one: "pd1:<subject>:<base64 of nonce, ciphertext and tag>". */
    private String sealed(String subject, int plainLength) {
        byte[] sealed = new byte[12 + plainLength + 16];
        random.nextBytes(sealed);
        return "pd1:" + subject + ":" + Base64.getEncoder().encodeToString(sealed);
    }
}
