package org.complaintledger.record.page;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.complaintledger.record.page.CaseRecordEntry.Fact;

/** The facts of one step, in the order they are added; a fact the event does not hold is left out, not shown empty. */
final class Facts {

    private final List<Fact> facts = new ArrayList<>();

    Facts add(String label, String value) {
        if (value != null && !value.isBlank()) {
            facts.add(new Fact(label, List.of(value)));
        }
        return this;
    }

    Facts add(String label, List<String> values) {
        List<String> present = values == null ? List.of()
                : values.stream().filter(Objects::nonNull).filter(v -> !v.isBlank()).toList();
        if (!present.isEmpty()) {
            facts.add(new Fact(label, present));
        }
        return this;
    }

    List<Fact> list() {
        return List.copyOf(facts);
    }
}
