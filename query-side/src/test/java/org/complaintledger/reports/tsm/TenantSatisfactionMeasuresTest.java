package org.complaintledger.reports.tsm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.complaintledger.projectiontest.ComplaintEvents.at;

import java.math.BigDecimal;
import java.util.List;
import org.complaintledger.landlordcontext.LandlordContextProjection;
import org.complaintledger.projectiontest.ComplaintHistories.RefusedThenTakenOn;
import org.complaintledger.projectiontest.ProjectionDatabase;
import org.complaintledger.readmodel.ProjectedEvent;
import org.complaintledger.readmodel.SqlTables;
import org.complaintledger.reports.ReportPeriod;
import org.complaintledger.reports.tsm.TenantSatisfactionMeasures.ByCodeVersion;
import org.complaintledger.reports.tsm.TenantSatisfactionMeasures.ComplaintsReceived;
import org.complaintledger.reports.tsm.TenantSatisfactionMeasures.Exclusion;
import org.complaintledger.reports.tsm.TenantSatisfactionMeasures.PerThousandHomes;
import org.complaintledger.reports.tsm.TenantSatisfactionMeasures.Reading;
import org.complaintledger.reports.tsm.TenantSatisfactionMeasures.RespondedInTime;
import org.complaintledger.reports.tsm.TenantSatisfactionMeasures.StageCounts;
import org.complaintledger.timescalecompliance.TimescaleComplianceProjection;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * CH01 and CH02 worked by hand for the ten complaints of {@link TsmLedger} (their deadlines are worked there), fed to
 * the real projections in a database of their own. 2024/25 homes: 2,347 low-cost rental, 400 low-cost home ownership.
 */
class TenantSatisfactionMeasuresTest {

    @RegisterExtension
    static final ProjectionDatabase DATABASE = ProjectionDatabase.withModuleMigrations();

    @BeforeAll
    static void ledger() {
        TsmLedger.fedTo(DATABASE.jdbc());
        // 2025/26: a complaint refused Wed 4 June 2025 and taken on at the Ombudsman's word (2.4); no low-cost home
        // ownership homes owned
        TimescaleComplianceProjection timescales =
                new TimescaleComplianceProjection(new SqlTables(DATABASE.jdbc()));
        RefusedThenTakenOn.ALL.forEach(event ->
                timescales.apply(new ProjectedEvent(event, event.occurredAt(), null, 0)));
        new LandlordContextProjection(new SqlTables(DATABASE.jdbc()))
                .apply(new ProjectedEvent(TsmLedger.homesOwned(2025, 2_400, 0), at("2026-04-10"), null, 0));
    }

    private static TenantSatisfactionMeasures measures(int year, PublishedReading published) {
        return new TenantSatisfactionMeasuresReading(ReportPeriod.financialYear("financialYear", year), published)
                .apply(DATABASE.jdbc());
    }

    /**
     * Stage 1 received in 2024/25: b, d, f, g (rental), c, e, j (home ownership), h (tenure not recorded) = 8; a and i
     * were received in 2023/24. f was not accepted (refused 1), g withdrawn (counted), h in neither tenure:
     * 8 = 1 refused + 1 tenure not recorded + 6 counted. Rental 4 received - 1 refused = 3; 3 / 2,347 x 1,000 =
     * 1.2782 -> 1.3. Home ownership 3 - 0 = 3; 3 / 400 x 1,000 = 7.5.
     */
    @Test
    void countsStageOneComplaintsReceivedPerThousandHomesOfEachTenure() {
        ComplaintsReceived stageOne = measures(2024, PublishedReading.AS_EXTENDED).ch01().get(0);

        assertThat(stageOne).extracting(ComplaintsReceived::stage, ComplaintsReceived::received,
                        ComplaintsReceived::refused, ComplaintsReceived::withdrawn,
                        ComplaintsReceived::tenureNotRecorded, ComplaintsReceived::counted)
                .containsExactly("stage 1", 8L, 1L, 1L, 1L, 6L);
        assertThat(stageOne.byTenure()).containsExactly(
                new PerThousandHomes("LOW_COST_RENTAL", 4, 1, 1, 3, 2_347, new BigDecimal("1.3"), null),
                new PerThousandHomes("LOW_COST_HOME_OWNERSHIP", 3, 0, 0, 3, 400, new BigDecimal("7.5"), null));
    }

    /**
     * Stage 2 counts in the period of the escalation request: a (Mon 15 April 2024, rental, a 2022 complaint received
     * in 2023/24), e (Mon 24 March 2025, home ownership, answered in 2025/26) and j (refused escalation) = 3; i asked
     * on 25 March 2024, in 2023/24. Rental 1 / 2,347 x 1,000 = 0.4261 -> 0.4; home ownership 2 - 1 refused = 1;
     * 1 / 400 x 1,000 = 2.5.
     */
    @Test
    void countsStageTwoInTheYearOfItsEscalationRequestLeavingOutARefusedEscalation() {
        ComplaintsReceived stageTwo = measures(2024, PublishedReading.AS_EXTENDED).ch01().get(1);

        assertThat(stageTwo).extracting(ComplaintsReceived::received, ComplaintsReceived::refused,
                ComplaintsReceived::withdrawn, ComplaintsReceived::tenureNotRecorded, ComplaintsReceived::counted)
                .containsExactly(3L, 1L, 0L, 0L, 2L);
        assertThat(stageTwo.byTenure()).containsExactly(
                new PerThousandHomes("LOW_COST_RENTAL", 1, 0, 0, 1, 2_347, new BigDecimal("0.4"), null),
                new PerThousandHomes("LOW_COST_HOME_OWNERSHIP", 2, 1, 0, 1, 400, new BigDecimal("2.5"), null));
    }

    /**
     * Stage 1 responses issued in 2024/25: a (8 April 2024, on time), b (valid extension, late against the original),
     * c (beyond the limit with a good reason, late against the original), d (beyond the limit without one: in time in
     * neither), e, h, j (on time) = 7. As extended: a, b, c, e, h, j = 6; 6 / 7 = 85.714 % -> 85.7 %. Against the
     * original: a, e, h, j = 4; 4 / 7 = 57.142 % -> 57.1 %. Extended: b, c, d = 3; without a good reason: d = 1.
     * Stage 2 responses in the year: a (15 May, a day late) and i (22 April, on time) = 2; 1 / 2 = 50.0 % in both.
     */
    @Test
    void sharesOfResponsesInTimeInBothReadingsCountedByTheResponseDate() {
        TenantSatisfactionMeasures measures = measures(2024, PublishedReading.AS_EXTENDED);

        assertThat(measures.ch02()).containsExactly(
                new RespondedInTime("stage 1", 7, 3, 1,
                        new Reading("AS_EXTENDED", 6, 7, new BigDecimal("85.7"), null),
                        new Reading("AGAINST_ORIGINAL", 4, 7, new BigDecimal("57.1"), null),
                        new Reading("AS_EXTENDED", 6, 7, new BigDecimal("85.7"), null)),
                new RespondedInTime("stage 2", 2, 0, 0,
                        new Reading("AS_EXTENDED", 1, 2, new BigDecimal("50.0"), null),
                        new Reading("AGAINST_ORIGINAL", 1, 2, new BigDecimal("50.0"), null),
                        new Reading("AS_EXTENDED", 1, 2, new BigDecimal("50.0"), null)));
        assertThat(measures.publishedReading()).isEqualTo(PublishedReading.AS_EXTENDED);
    }

    @Test
    void publishesTheReadingAgainstTheOriginalDeadlineWhenTheLandlordChoosesIt() {
        TenantSatisfactionMeasures measures = measures(2024, PublishedReading.AGAINST_ORIGINAL);

        assertThat(measures.ch02().get(0).published()).isEqualTo(measures.ch02().get(0).againstOriginal());
        assertThat(measures.ch02().get(0).published().percent()).isEqualByComparingTo("57.1");
        assertThat(measures.publishedReadingMeans()).contains("original deadline");
    }

    /**
     * 2022 Code: stage 1 received 0 (a, i came in 2023/24), responded a (on time); stage 2 received a, responded a
     * (late) and i (on time). 2024 Code: stage 1 received b, c, d, e, f, g, h, j = 8, counted 7 (f refused; h counts
     * here, where tenure plays no part), responded b, c, d, e, h, j = 6, in time as extended b, c, e, h, j = 5,
     * against the original e, h, j = 3; stage 2 received e, j = 2, counted 1, none responded in the year.
     */
    @Test
    void countsEachCodeVersionAgainstItsOwnDeadlines() {
        assertThat(measures(2024, PublishedReading.AS_EXTENDED).byCodeVersion()).containsExactly(
                new ByCodeVersion("2022", new StageCounts(0, 0, 1, 1, 1), new StageCounts(1, 1, 2, 1, 1)),
                new ByCodeVersion("2024", new StageCounts(8, 7, 6, 5, 3), new StageCounts(2, 1, 0, 0, 0)));
    }

    /** Each excluded stage once, with its reason, the refusal's ground and the complaint's id. */
    @Test
    void listsWhatIsExcludedAndWhy() {
        List<Exclusion> excluded = measures(2024, PublishedReading.AS_EXTENDED).excluded();

        assertThat(excluded).extracting(Exclusion::label, Exclusion::count, Exclusion::complaintIds).containsExactly(
                tuple("CH01 stage 1 NOT_ACCEPTED MORE_THAN_12_MONTHS", 1L, List.of("f")),
                tuple("CH01 stage 1 TENURE_NOT_RECORDED", 1L, List.of("h")),
                tuple("CH01 stage 2 ESCALATION_REFUSED", 1L, List.of("j")),
                tuple("CH01 stage 3 STAGE_THREE", 1L, List.of("i")),
                tuple("CH02 stage 3 STAGE_THREE", 1L, List.of("i")));
        assertThat(excluded.get(0).why()).contains("2.1-2.5");
        assertThat(excluded.get(3).why()).contains("2022 5.17");
    }

    /** 2023/24 has no homes owned on record: CH01's rates are not computed, and the report says what is missing. */
    @Test
    void saysWhichInputIsMissingRatherThanDividingByNothing() {
        TenantSatisfactionMeasures measures = measures(2023, PublishedReading.AS_EXTENDED);

        assertThat(measures.homesOwned()).isNull();
        assertThat(measures.missingInputs()).singleElement().asString().contains("homes owned for 2023/24");
        assertThat(measures.ch01()).flatMap(ComplaintsReceived::byTenure).allSatisfy(figure -> {
            assertThat(figure.perThousandHomes()).isNull();
            assertThat(figure.notComputedBecause()).contains("not recorded");
        });
        // a and i, received in March 2024, are 2023/24's: 2 received, both rental
        assertThat(measures.ch01().get(0).byTenure().get(0).counted()).isEqualTo(2);
    }

    /**
     * A refusal that did not stand is counted: received Mon 2 June 2025 (low-cost home ownership), refused, taken on
     * 7 July: 1 received, 0 refused, 1 counted, and nothing excluded.
     */
    @Test
    void countsAComplaintWhoseRefusalDidNotStand() {
        TenantSatisfactionMeasures measures = measures(2025, PublishedReading.AS_EXTENDED);

        assertThat(measures.ch01().get(0).byTenure().get(1)).extracting(PerThousandHomes::received,
                PerThousandHomes::refused, PerThousandHomes::counted).containsExactly(1L, 0L, 1L);
        assertThat(measures.excluded()).isEmpty();
    }

    /** 2025/26 recorded no low-cost home ownership homes: that rate is not computed; the rental one is. */
    @Test
    void computesNoRatePerThousandOfNoHomes() {
        TenantSatisfactionMeasures measures = measures(2025, PublishedReading.AS_EXTENDED);

        assertThat(measures.missingInputs()).isEmpty();
        PerThousandHomes homeOwnership = measures.ch01().get(0).byTenure().get(1);
        assertThat(homeOwnership.perThousandHomes()).isNull();
        assertThat(homeOwnership.notComputedBecause()).contains("no low-cost home ownership homes");
        assertThat(measures.ch01().get(0).byTenure().get(0).perThousandHomes()).isEqualByComparingTo("0.0");
        // e's stage 2 response of 24 April 2025 on its deadline as acknowledged (25 April): 1 / 1 = 100.0 %
        assertThat(measures.ch02().get(1).asExtended()).isEqualTo(
                new Reading("AS_EXTENDED", 1, 1, new BigDecimal("100.0"), null));
        assertThat(measures.ch02().get(0).asExtended().percent()).isNull();
    }
}
