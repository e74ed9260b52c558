package org.complaintledger.code;

import static org.complaintledger.code.StageTimescale.ResponseClock.FROM_ACKNOWLEDGEMENT;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** The versions of the Code the ledger knows, and which one governs a complaint received on a given day. */
public final class CodeVersions {

    /** The statutory Code, in force for complaints received on or after 1 April 2024. */
    public static final CodeVersion CODE_2024 = new CodeVersion(
            "2024",
            LocalDate.of(2024, 4, 1),
            List.of(
                    new StageTimescale(5, 10, FROM_ACKNOWLEDGEMENT, 10),   // 6.2, 6.3, 6.4
                    new StageTimescale(5, 20, FROM_ACKNOWLEDGEMENT, 20)),  // 6.11, 6.14, 6.15
            12,  // 2.2, 2.3
            2);

    private final List<CodeVersion> newestFirst;

    public CodeVersions(List<CodeVersion> versions) {
        this.newestFirst = versions.stream()
                .sorted(Comparator.comparing(CodeVersion::governsReceiptsFrom).reversed())
                .toList();
    }

    public static CodeVersions known() {
        return new CodeVersions(List.of(CODE_2024));
    }

    /** The version governing a complaint received on {@code receivedOn}, if any version reaches back that far. */
    public Optional<CodeVersion> governing(LocalDate receivedOn) {
        return newestFirst.stream().filter(v -> !receivedOn.isBefore(v.governsReceiptsFrom())).findFirst();
    }

    public Optional<CodeVersion> named(String name) {
        return newestFirst.stream().filter(v -> v.name().equals(name)).findFirst();
    }
}
