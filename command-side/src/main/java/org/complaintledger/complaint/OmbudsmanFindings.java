package org.complaintledger.complaint;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.stream.IntStream;
import org.complaintledger.code.InvalidField;

/**
 * The Ombudsman's findings on a complaint's record, by id, so that every order names the finding it follows
 * (8.1 c, 9.7 c). Ids are numbered in order of the record, so replaying the events always gives the same ids.
 */
final class OmbudsmanFindings {

    private final Set<String> ids = new LinkedHashSet<>();

    /** The id the {@code n}th (0-based) finding of the next event will get. */
    String nextId(int n) {
        return "finding-" + (ids.size() + n + 1);
    }

    <T, R> List<R> numbered(List<T> items, BiFunction<T, String, R> withId) {
        return IntStream.range(0, items.size()).mapToObj(i -> withId.apply(items.get(i), nextId(i))).toList();
    }

    /** Determinations recorded before findings had ids add none. */
    void add(String id) {
        if (id != null) {
            ids.add(id);
        }
    }

    /** Every order follows a finding on the record or one of {@code made}, the findings recorded with it. */
    void requireFollowed(List<Ombudsman.OrderOnFinding> orders, List<Ombudsman.DeterminedFinding> made) {
        List<String> madeIds = made.stream().map(Ombudsman.DeterminedFinding::findingId).toList();
        for (int i = 0; i < orders.size(); i++) {
            String findingId = orders.get(i).findingId();
            if (!ids.contains(findingId) && !madeIds.contains(findingId)) {
                throw new InvalidField("orders[" + i + "].findingId", "'" + findingId + "' is no finding of this "
                        + "complaint; this determination's findings are " + String.join(", ", madeIds));
            }
        }
    }
}
