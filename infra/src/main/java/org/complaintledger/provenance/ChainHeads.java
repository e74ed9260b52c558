package org.complaintledger.provenance;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The last link this process committed for each record it appended to lately, so that the next append to the record
 * finds its previous hash without reading {@code event_chain}. Only a committed link is kept (a rolled-back append
 * leaves nothing), and it answers only for exactly that sequence number: after another process appended to the record,
 * the next append asks for a later one and reads it from the table. Chain rows never change, so a kept hash is the
 * stored one. Bounded: the records appended to least recently are forgotten first.
 */
final class ChainHeads {

    private record Head(long sequenceNumber, byte[] eventHash) {
    }

    private final Map<String, Head> heads;

    ChainHeads(int maxRecords) {
        if (maxRecords < 1) {
            throw new IllegalArgumentException("complaint-ledger.aggregate-cache-size must be at least 1");
        }
        this.heads = Collections.synchronizedMap(new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Head> eldest) {
                return size() > maxRecords;
            }
        });
    }

    /** The hash of the record's event at {@code sequenceNumber}, if it is the last this process committed; or null. */
    byte[] hashAt(String aggregateIdentifier, long sequenceNumber) {
        Head head = heads.get(aggregateIdentifier);
        return head != null && head.sequenceNumber() == sequenceNumber ? head.eventHash() : null;
    }

    /** Keeps the links once the current transaction commits; keeps nothing outside a transaction. */
    void keepWhenCommitted(List<ChainLink> links) {
        if (links.isEmpty() || !TransactionSynchronizationManager.isSynchronizationActive()) {
            return;
        }
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                for (ChainLink link : links) {
                    heads.merge(link.aggregateIdentifier(), new Head(link.sequenceNumber(), link.eventHash()),
                            (kept, committed) -> committed.sequenceNumber() > kept.sequenceNumber() ? committed : kept);
                }
            }
        });
    }
}
