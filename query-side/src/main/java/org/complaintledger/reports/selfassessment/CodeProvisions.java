package org.complaintledger.reports.selfassessment;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.complaintledger.code.CodeVersion;
import org.complaintledger.code.CodeVersions;
import org.complaintledger.reports.selfassessment.Tally.Count;

/**
 * The provision a measure cites, as the Code version governing the complaints counted says it (the command side's own
 * rules as data, so a report never restates a provision number): a row for the current Code always, and one for each
 * earlier version whose complaints were counted.
 */
final class CodeProvisions {

    private static final CodeVersions CODES = CodeVersions.known();

    /** A measure's figure for one Code version. */
    interface Row {
        Evidence of(CodeVersion version, String provision, Count count);
    }

    private CodeProvisions() {
    }

    /**
     * One evidence row per Code version: {@code provision} gives the version's provision for the measure, or empty
     * where the version has no such rule (no such stage, no acknowledgement deadline), and then there is no row.
     */
    static void eachVersion(Map<String, Count> counts, Function<CodeVersion, Optional<String>> provision, Row row,
                            List<Evidence> into) {
        Set<String> names = new LinkedHashSet<>();
        names.add(CodeVersions.CODE_2024.name());
        names.addAll(counts.keySet());
        for (String name : names) {
            Optional<CodeVersion> version = CODES.named(name);
            Optional<String> cited = version.flatMap(provision);
            if (version.isPresent() && cited.isPresent()) {
                into.add(row.of(version.get(), cited.get(), counts.getOrDefault(name, Count.NONE)));
            }
        }
    }

    static String ofVersion(CodeVersion version) {
        return version.name() + " Code";
    }
}
