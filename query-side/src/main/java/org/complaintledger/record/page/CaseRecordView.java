package org.complaintledger.record.page;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.complaintledger.complaint.ComplaintEvent;
import org.complaintledger.record.RecordedEvent;
import org.complaintledger.record.page.CaseRecordOutcomes.ActionLine;
import org.complaintledger.record.page.CaseRecordOutcomes.DecisionLine;
import org.complaintledger.record.page.CaseRecordOutcomes.DocumentLine;
import org.complaintledger.record.page.CaseRecordOutcomes.FindingLine;
import org.complaintledger.record.page.CaseRecordOutcomes.OrderLine;
import org.complaintledger.record.page.Words.Moment;

/**
 * Everything the case record page shows, read from the complaint's events in one pass: its steps in the order they
 * happened (the order they were recorded where two happened at the same moment), and what they came to.
 *
 * @param readAt    when the page was read from the ledger
 * @param backdated how many steps were recorded later than they happened
 */
public record CaseRecordView(String complaintId,
                             Moment readAt,
                             List<CaseRecordEntry> entries,
                             long backdated,
                             List<DecisionLine> decisions,
                             List<ActionLine> actions,
                             List<FindingLine> findings,
                             List<OrderLine> orders,
                             List<DocumentLine> documents) {

    private static final Comparator<CaseRecordEntry> IN_TIME_ORDER = Comparator
            .comparing((CaseRecordEntry e) -> e.occurred() == null ? null : e.occurred().instant(),
                    Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparingLong(CaseRecordEntry::sequenceNumber);

    /** The page of {@code events}, a complaint's record in the order it was written (sequence numbers). */
    public static CaseRecordView of(String complaintId, List<RecordedEvent> events, Instant readAt) {
        CaseRecordOutcomes outcomes = new CaseRecordOutcomes();
        StepWording wording = new StepWording(outcomes);
        List<CaseRecordEntry> entries = new ArrayList<>(events.size());
        for (RecordedEvent recorded : events) {
            ComplaintEvent event = (ComplaintEvent) recorded.payload();
            // Worded before it is taken in: a completion names the action offered before it, never itself.
            StepWording.Worded worded = wording.word(event);
            outcomes.take(event, recorded.sequenceNumber(), worded.title());
            entries.add(new CaseRecordEntry(recorded.sequenceNumber(), recorded.type(), worded.title(),
                    worded.provision(), Moment.of(recorded.occurredAt()), Moment.of(recorded.recordedAt()),
                    backdated(recorded, event), event.backdatingReason(), worded.facts(), worded.documents()));
        }
        entries.sort(IN_TIME_ORDER);
        return new CaseRecordView(complaintId, Moment.of(readAt), List.copyOf(entries),
                entries.stream().filter(CaseRecordEntry::backdated).count(), outcomes.decisions(), outcomes.actions(),
                outcomes.findings(), outcomes.orders(), outcomes.documents());
    }

    /**
     * Recorded on a later London day than it happened, or with a reason for being recorded late: a step recorded
     * moments after it happened (the default) is not backdated, though its occurrence is a little earlier.
     */
    private static boolean backdated(RecordedEvent recorded, ComplaintEvent event) {
        if (event.backdatingReason() != null && !event.backdatingReason().isBlank()) {
            return true;
        }
        return recorded.occurredAt() != null && recorded.recordedAt() != null
                && londonDay(recorded.occurredAt()).isBefore(londonDay(recorded.recordedAt()));
    }

    private static LocalDate londonDay(Instant instant) {
        return instant.atZone(Words.LONDON).toLocalDate();
    }
}
