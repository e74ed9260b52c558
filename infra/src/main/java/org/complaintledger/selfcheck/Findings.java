package org.complaintledger.selfcheck;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * What one self-check found, collected from every pass and every hashing thread: how many failures, and the first
 * {@link #LISTED} of them in {@link Failure#ORDER}. A ledger tampered with throughout could fail on every event; the
 * count says how far, the list names where it starts, and memory stays bounded.
 */
final class Findings {

    static final int LISTED = 100;

    private final TreeSet<Failure> first = new TreeSet<>(Failure.ORDER);
    private long count;

    synchronized void add(Failure failure) {
        count++;
        first.add(failure);
        if (first.size() > LISTED) {
            first.pollLast();
        }
    }

    synchronized long count() {
        return count;
    }

    synchronized List<Failure> listed() {
        return new ArrayList<>(first);
    }
}
