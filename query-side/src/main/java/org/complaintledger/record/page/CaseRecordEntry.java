package org.complaintledger.record.page;

import java.util.List;
import org.complaintledger.complaint.DocumentRef;
import org.complaintledger.record.page.Words.Moment;

/**
 * One step of a complaint as its case record page shows it: what happened in words, the Code provision it answers,
 * when it happened and when the ledger recorded it, and whether it was recorded later than it happened, with the
 * reason the step gave.
 *
 * @param sequenceNumber   its place on the ledger (the order it was recorded)
 * @param type             the event's type, as the JSON record names it
 * @param backdated        recorded on a later day (in London) than it happened, or recorded with a backdating reason
 * @param documents        the documents it names, each with its SHA-256 digest (5.12)
 */
public record CaseRecordEntry(long sequenceNumber,
                              String type,
                              String title,
                              String provision,
                              Moment occurred,
                              Moment recorded,
                              boolean backdated,
                              String backdatingReason,
                              List<Fact> facts,
                              List<DocumentRef> documents) {

    /** A labelled fact of a step; a list (outcomes sought, remedies offered) has one value per item. */
    public record Fact(String label, List<String> values) {
    }
}
