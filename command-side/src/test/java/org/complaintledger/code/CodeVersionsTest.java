package org.complaintledger.code;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.complaintledger.code.CodeVersions.CODE_2024;
import static org.complaintledger.code.StageTimescale.ResponseClock.FROM_ACKNOWLEDGEMENT;
import static org.complaintledger.code.StageTimescale.ResponseClock.FROM_REQUEST;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Which version of the Code governs a complaint, and what a version says about its stages. */
class CodeVersionsTest {

    private final CodeVersions known = CodeVersions.known();

    /** The 2022 Code as data: an optional third stage, stage 2 counted from the request. */
    private static final CodeVersion CODE_2022 = new CodeVersion("2022", LocalDate.of(2022, 4, 1), List.of(
            new StageTimescale(5, 10, FROM_ACKNOWLEDGEMENT, 10),
            new StageTimescale(5, 20, FROM_REQUEST, 10),
            new StageTimescale(5, 20, FROM_REQUEST, 10)), 12, 2);

    @Test
    void noKnownVersionGovernsComplaintsReceivedBeforeFirstApril2024() {
        assertThat(known.governing(LocalDate.of(2024, 3, 31))).isEmpty();
    }

    @Test
    void the2024CodeGovernsComplaintsReceivedFromFirstApril2024() {
        assertThat(known.governing(LocalDate.of(2024, 4, 1))).contains(CODE_2024);
        assertThat(known.governing(LocalDate.of(2025, 6, 2))).contains(CODE_2024);
    }

    @Test
    void theNewestVersionInForceOnTheDayOfReceiptGoverns() {
        CodeVersions both = new CodeVersions(List.of(CODE_2024, CODE_2022));
        assertThat(both.governing(LocalDate.of(2022, 3, 31))).isEmpty();
        assertThat(both.governing(LocalDate.of(2022, 4, 1))).contains(CODE_2022);
        assertThat(both.governing(LocalDate.of(2024, 3, 31))).contains(CODE_2022);
        assertThat(both.governing(LocalDate.of(2024, 4, 1))).contains(CODE_2024);
    }

    @Test
    void versionsAreFoundByName() {
        assertThat(known.named("2024")).contains(CODE_2024);
        assertThat(known.named("2022")).isEmpty();
    }

    @Test
    void the2024CodeHasTwoStagesTheSecondOfThemFinal() {
        assertThat(CODE_2024.hasStage(Stage.ONE)).isTrue();
        assertThat(CODE_2024.hasStage(Stage.TWO)).isTrue();
        assertThat(CODE_2024.hasStage(Stage.THREE)).isFalse();
        assertThat(CODE_2024.finalStage()).isEqualTo(Stage.TWO);
    }

    @Test
    void the2024CodeTimescalesAreThoseOfProvisionsSixTwoToSixFifteen() {
        assertThat(CODE_2024.timescale(Stage.ONE)).isEqualTo(new StageTimescale(5, 10, FROM_ACKNOWLEDGEMENT, 10));
        assertThat(CODE_2024.timescale(Stage.TWO)).isEqualTo(new StageTimescale(5, 20, FROM_ACKNOWLEDGEMENT, 20));
        assertThat(CODE_2024.refusalWindowMonths()).isEqualTo(12);
    }

    @Test
    void askingForATimescaleOfAStageTheCodeDoesNotHaveIsAMistake() {
        assertThatThrownBy(() -> CODE_2024.timescale(Stage.THREE)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aThreeStageCodeEndsAtStageThree() {
        assertThat(CODE_2022.hasStage(Stage.THREE)).isTrue();
        assertThat(CODE_2022.finalStage()).isEqualTo(Stage.THREE);
    }

    @Test
    void stagesAreNumberedFromOne() {
        assertThat(Stage.of(1)).isEqualTo(Stage.ONE);
        assertThat(Stage.TWO.number()).isEqualTo(2);
        assertThat(Stage.ONE.next()).isEqualTo(Stage.TWO);
        assertThat(Stage.THREE.hasNext()).isFalse();
        assertThatThrownBy(() -> Stage.of(4)).isInstanceOf(IllegalArgumentException.class);
    }
}
