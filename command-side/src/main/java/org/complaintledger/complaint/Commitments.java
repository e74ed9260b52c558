package org.complaintledger.complaint;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.stream.IntStream;
import org.complaintledger.code.NotOnRecord;

/**
 * Things the landlord committed to by a date and must follow through to completion: remedies and
 * outstanding actions (6.17, 7.3), or the Ombudsman's orders. Ids are numbered in order of the record,
 * so replaying the events always gives the same ids.
 */
final class Commitments {

    private final String kind;
    private final Map<String, LocalDate> dueBy = new LinkedHashMap<>();
    private final Set<String> completed = new HashSet<>();

    Commitments(String kind) {
        this.kind = kind;
    }

    /** The id the {@code n}th (0-based) commitment added by the next event will get. */
    String nextId(int n) {
        return kind + "-" + (dueBy.size() + n + 1);
    }

    /** Numbers {@code items} for the next event, after {@code alreadyNumbered} others in the same event. */
    <T, R> List<R> numbered(List<T> items, int alreadyNumbered, BiFunction<T, String, R> withId) {
        return IntStream.range(0, items.size())
                .mapToObj(i -> withId.apply(items.get(i), nextId(alreadyNumbered + i)))
                .toList();
    }

    /** Whether anything was committed to at all, completed or not. */
    boolean any() {
        return !dueBy.isEmpty();
    }

    void add(String id, LocalDate due) {
        dueBy.put(id, due);
    }

    void complete(String id) {
        completed.add(id);
    }

    /** The due date of an open commitment; refuses unknown and completed ones. */
    LocalDate dueByOfOpen(String id) {
        LocalDate due = dueBy.get(id);
        if (due == null) {
            throw new NotOnRecord("no " + kind + " '" + id + "' on this complaint's record");
        }
        if (completed.contains(id)) {
            throw new org.complaintledger.code.CodeRuleBroken(kind + "-already-completed", null,
                    kind + " '" + id + "' is already recorded as completed");
        }
        return due;
    }
}
