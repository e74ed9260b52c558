package org.complaintledger.code;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.complaintledger.code.CodeVersions.CODE_2022;
import static org.complaintledger.code.CodeVersions.CODE_2024;
import static org.complaintledger.code.DayCount.calendarDays;
import static org.complaintledger.code.DayCount.workingDays;
import static org.complaintledger.code.ResponseRule.Clock.FROM_ACKNOWLEDGEMENT;
import static org.complaintledger.code.ResponseRule.Clock.FROM_ESCALATION_REQUEST;

import java.time.LocalDate;
import java.util.List;
import org.complaintledger.procedure.LandlordProcedure;
import org.junit.jupiter.api.Test;

/** Which version of the Code governs a complaint, and what a version says about its stages. */
class CodeVersionsTest {

    private final CodeVersions known = CodeVersions.known();

    @Test
    void noKnownVersionGovernsComplaintsReceivedBeforeFirstApril2022() {
        assertThat(known.governing(LocalDate.of(2022, 3, 31))).isEmpty();
    }

    @Test
    void the2022CodeGovernsComplaintsReceivedFromFirstApril2022ToThirtyFirstMarch2024() {
        assertThat(known.governing(LocalDate.of(2022, 4, 1))).contains(CODE_2022);
        assertThat(known.governing(LocalDate.of(2024, 3, 31))).contains(CODE_2022);
    }

    @Test
    void the2024CodeGovernsComplaintsReceivedFromFirstApril2024() {
        assertThat(known.governing(LocalDate.of(2024, 4, 1))).contains(CODE_2024);
        assertThat(known.governing(LocalDate.of(2025, 6, 2))).contains(CODE_2024);
    }

    @Test
    void versionsAreFoundByName() {
        assertThat(known.named("2024")).contains(CODE_2024);
        assertThat(known.named("2022")).contains(CODE_2022);
        assertThat(known.named("2020")).isEmpty();
    }

    @Test
    void the2024CodeHasTwoStagesTheSecondOfThemFinal() {
        assertThat(CODE_2024.hasStage(Stage.ONE)).isTrue();
        assertThat(CODE_2024.hasStage(Stage.TWO)).isTrue();
        assertThat(CODE_2024.hasStage(Stage.THREE)).isFalse();
        assertThat(CODE_2024.finalStage()).isEqualTo(Stage.TWO);
        assertThat(CODE_2024.stagesProvision()).isEqualTo("5.3");
    }

    @Test
    void the2024CodeCountsWorkingDaysFromTheAcknowledgement() {
        StageTimescale one = CODE_2024.timescale(Stage.ONE);
        assertThat(one.acknowledgement()).isEqualTo(new AcknowledgementRule.Within(workingDays(5), "6.2"));
        assertThat(one.response()).isEqualTo(new ResponseRule(workingDays(10), FROM_ACKNOWLEDGEMENT, "6.3", "6.9"));
        assertThat(one.extension().limit()).isEqualTo(new ExtensionRule.WithoutGoodReason(workingDays(10)));
        StageTimescale two = CODE_2024.timescale(Stage.TWO);
        assertThat(two.acknowledgement()).isEqualTo(new AcknowledgementRule.Within(workingDays(5), "6.11"));
        assertThat(two.response()).isEqualTo(new ResponseRule(workingDays(20), FROM_ACKNOWLEDGEMENT, "6.14", "6.19"));
        assertThat(two.extension().limit()).isEqualTo(new ExtensionRule.WithoutGoodReason(workingDays(20)));
        assertThat(two.handler()).isEqualTo(new HandlerRule.NotAnEarlierStagesHandler("6.13"));
        assertThat(CODE_2024.refusalWindowMonths()).isEqualTo(12);
    }

    @Test
    void the2022CodeAcknowledgesInCalendarDaysAndCountsLaterStagesFromTheRequest() {
        StageTimescale one = CODE_2022.timescale(Stage.ONE);
        assertThat(one.acknowledgement()).isEqualTo(new AcknowledgementRule.Within(calendarDays(5), "4.1"));
        assertThat(one.response()).isEqualTo(new ResponseRule(workingDays(10), FROM_ACKNOWLEDGEMENT, "5.1", "5.8"));
        assertThat(one.extension().limit()).isEqualTo(new ExtensionRule.WithoutGoodReason(workingDays(10)));
        StageTimescale two = CODE_2022.timescale(Stage.TWO);
        assertThat(two.acknowledgement()).isInstanceOf(AcknowledgementRule.NoDeadline.class);
        assertThat(two.response()).isEqualTo(new ResponseRule(workingDays(20), FROM_ESCALATION_REQUEST, "5.13", "5.16"));
        assertThat(two.handler()).isEqualTo(new HandlerRule.NotAnEarlierStagesHandler("5.12"));
        StageTimescale three = CODE_2022.timescale(Stage.THREE);
        assertThat(three.response()).isEqualTo(new ResponseRule(workingDays(20), FROM_ESCALATION_REQUEST, "5.18", "5.20"));
        assertThat(three.extension().limit()).isInstanceOf(ExtensionRule.OnlyToConvenePanel.class);
    }

    @Test
    void the2022CodeAllowsAThirdStageOnlyBeyondItsStandardTwo() {
        assertThat(CODE_2022.finalStage()).isEqualTo(Stage.THREE);
        assertThat(CODE_2022.standardFinalStage()).isEqualTo(Stage.TWO);
        assertThat(CODE_2022.stagesProvision()).isEqualTo("5.17");
    }

    @Test
    void aLandlordsThirdStageCountsOnlyWhileItsProcedureHadOneAndOnlyUnderACodeThatAllowsIt() {
        LandlordProcedure procedure = new LandlordProcedure(List.of(
                new LandlordProcedure.Period(LocalDate.of(2022, 4, 1), LocalDate.of(2023, 3, 31))));
        assertThat(procedure.finalStage(CODE_2022, LocalDate.of(2023, 3, 31))).isEqualTo(Stage.THREE);
        assertThat(procedure.finalStage(CODE_2022, LocalDate.of(2023, 4, 1))).isEqualTo(Stage.TWO);
        LandlordProcedure always = new LandlordProcedure(List.of(
                new LandlordProcedure.Period(LocalDate.of(2022, 4, 1), null)));
        assertThat(always.finalStage(CODE_2024, LocalDate.of(2024, 4, 1))).isEqualTo(Stage.TWO);
        assertThat(LandlordProcedure.standard().finalStage(CODE_2022, LocalDate.of(2023, 3, 31))).isEqualTo(Stage.TWO);
    }

    @Test
    void aPeriodOfTheProcedureEndsNoEarlierThanItStarts() {
        assertThatThrownBy(() -> new LandlordProcedure.Period(LocalDate.of(2023, 4, 1), LocalDate.of(2023, 3, 31)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void askingForATimescaleOfAStageTheCodeDoesNotHaveIsAMistake() {
        assertThatThrownBy(() -> CODE_2024.timescale(Stage.THREE)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void stageOneOpensOnReceiptAndHasNoRequestToCountFrom() {
        StageTimescale countedFromARequest = CODE_2022.timescale(Stage.TWO);
        assertThatThrownBy(() -> new CodeVersion("odd", LocalDate.of(2030, 1, 1), List.of(countedFromARequest),
                Stage.ONE, "5.3", 12, 2)).isInstanceOf(IllegalArgumentException.class);
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
