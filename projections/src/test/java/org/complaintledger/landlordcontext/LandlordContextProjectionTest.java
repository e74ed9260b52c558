package org.complaintledger.landlordcontext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.complaintledger.projectiontest.ComplaintEvents.at;
import static org.complaintledger.projectiontest.ComplaintEvents.day;
import static org.complaintledger.projectiontest.ProjectionDatabase.row;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.complaintledger.landlord.context.GoverningBodyRecorded;
import org.complaintledger.landlord.context.GoverningBodyRespondedToAnnualReport;
import org.complaintledger.landlord.context.Homes;
import org.complaintledger.landlord.context.HomesOwnedRecorded;
import org.complaintledger.landlord.context.LandlordContextEvent;
import org.complaintledger.landlord.context.ReportKind;
import org.complaintledger.landlord.context.ReportReceivedByGoverningBody;
import org.complaintledger.projectiontest.ProjectionDatabase;
import org.complaintledger.readmodel.ProjectedEvent;
import org.complaintledger.readmodel.SqlTables;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The landlord's context as the reports read it: the homes owned that CH01 divides by (a correction replaces the
 * year's figure), the governing body's response to the annual report (8.2) and the reports it received (9.7); and a
 * replay from scratch, or a rebuild in memory, giving the same rows as live processing.
 */
class LandlordContextProjectionTest {

    @RegisterExtension
    static final ProjectionDatabase database = ProjectionDatabase.withModuleMigrations();

    private static final String LANDLORD = "landlord";

    /** Recorded 2 May 2025 for 2025/26, corrected 9 June (a stock transfer counted twice). */
    private static final HomesOwnedRecorded HOMES_2025 = new HomesOwnedRecorded(LANDLORD, at("2025-05-02"), null,
            2025, new Homes(10_200, 800), null, null, "Data Team");
    private static final HomesOwnedRecorded HOMES_2025_CORRECTED = new HomesOwnedRecorded(LANDLORD,
            at("2025-06-09"), null, 2025, new Homes(9_950, 800), new Homes(10_200, 800),
            "a stock transfer was counted twice", "Data Team");
    private static final HomesOwnedRecorded HOMES_2024 = new HomesOwnedRecorded(LANDLORD, at("2024-05-01"), null,
            2024, new Homes(10_000, 750), null, null, "Data Team");
    private static final GoverningBodyRecorded BOARD = new GoverningBodyRecorded(LANDLORD, at("2024-04-01"), null,
            "The Board", day("2024-04-01"), "Company Secretary");
    private static final ReportReceivedByGoverningBody QUARTER_ONE = new ReportReceivedByGoverningBody(LANDLORD,
            at("2025-07-20"), null, ReportKind.PERFORMANCE_UPDATE, "Complaints Q1 2025/26", day("2025-04-01"),
            day("2025-06-30"), day("2025-07-17"), "Company Secretary");
    private static final GoverningBodyRespondedToAnnualReport RESPONSE = new GoverningBodyRespondedToAnnualReport(
            LANDLORD, at("2025-06-20"), null, 2024, "The Board accepts the report and asks for damp cases monthly.",
            day("2025-06-18"), "Company Secretary");
    private static final GoverningBodyRespondedToAnnualReport RESPONSE_REVISED =
            new GoverningBodyRespondedToAnnualReport(LANDLORD, at("2025-06-27"), null, 2024,
                    "The Board accepts the report, asks for damp cases monthly and a repairs review.",
                    day("2025-06-25"), "Company Secretary");

    private static final List<LandlordContextEvent> ALL = List.of(BOARD, HOMES_2024, HOMES_2025, RESPONSE,
            HOMES_2025_CORRECTED, RESPONSE_REVISED, QUARTER_ONE);

    private LandlordContextProjection projection;

    @BeforeEach
    void emptyTables() {
        projection = new LandlordContextProjection(new SqlTables(database.jdbc()));
        database.empty(projection.tables().toArray(String[]::new));
    }

    @Test
    void aCorrectionReplacesTheYearsHomesAndCountsItself() {
        feed(HOMES_2024, HOMES_2025, HOMES_2025_CORRECTED);

        assertThat(database.rows("SELECT financial_year, low_cost_rental, low_cost_home_ownership, corrections "
                + "FROM homes_owned ORDER BY financial_year")).containsExactly(
                row("financial_year", 2024, "low_cost_rental", 10_000, "low_cost_home_ownership", 750,
                        "corrections", 0),
                row("financial_year", 2025, "low_cost_rental", 9_950, "low_cost_home_ownership", 800,
                        "corrections", 1));
    }

    @Test
    void theSameHomesEventSeenTwiceCountsNoSecondCorrection() {
        feed(HOMES_2025, HOMES_2025_CORRECTED);
        feed(HOMES_2025_CORRECTED);

        assertThat(database.rows("SELECT low_cost_rental, corrections FROM homes_owned"))
                .containsExactly(row("low_cost_rental", 9_950, "corrections", 1));
    }

    @Test
    void keepsTheGoverningBodysLatestResponseAndEveryReportItReceived() {
        feed(BOARD, RESPONSE, RESPONSE_REVISED, QUARTER_ONE);

        assertThat(database.rows("SELECT * FROM governing_body_response")).containsExactly(row(
                "financial_year", 2024, "response", RESPONSE_REVISED.response(), "responded_on", day("2025-06-25")));
        assertThat(database.rows("SELECT * FROM governing_body_report")).containsExactly(row(
                "kind", "PERFORMANCE_UPDATE", "title", "Complaints Q1 2025/26", "period_from", day("2025-04-01"),
                "period_to", day("2025-06-30"), "received_on", day("2025-07-17")));
    }

    @Test
    void aReplayFromScratchGivesTheRowsOfLiveProcessing() {
        feed(ALL.toArray(LandlordContextEvent[]::new));
        List<Map<String, Object>> live = everyRow();

        projection.replayFromScratch();
        assertThat(everyRow()).isEmpty();
        feed(ALL.toArray(LandlordContextEvent[]::new));

        assertThat(everyRow()).isEqualTo(live).isNotEmpty();
    }

    @Test
    void aRebuildInMemoryGivesTheSameRowsAsLiveProcessing() {
        feed(ALL.toArray(LandlordContextEvent[]::new));
        List<Map<String, Object>> live = everyRow();

        database.rebuildInMemory(projection, ALL.stream().map(LandlordContextProjectionTest::recorded).toList());
        // two years' homes (one corrected), one response (revised), one report
        assertThat(everyRow()).hasSize(4).isEqualTo(live);
    }

    /** PostgreSQL keeps microseconds: a recording seen again, timestamped to the nanosecond, is not a later one. */
    @Test
    void aCorrectionSeenAgainWithANanosecondTimestampCountsNoSecondCorrection() {
        Instant recordedAt = Instant.parse("2025-06-10T09:00:00.123456789Z");
        feed(HOMES_2025);
        projection.apply(new ProjectedEvent(HOMES_2025_CORRECTED, recordedAt, LANDLORD, 1));
        projection.apply(new ProjectedEvent(HOMES_2025_CORRECTED, recordedAt, LANDLORD, 1));

        assertThat(database.rows("SELECT low_cost_rental, corrections, recorded_at FROM homes_owned"))
                .containsExactly(row("low_cost_rental", 9_950, "corrections", 1,
                        "recorded_at", Instant.parse("2025-06-10T09:00:00.123456Z")));
    }

    private void feed(LandlordContextEvent... events) {
        for (LandlordContextEvent event : events) {
            projection.apply(recorded(event));
        }
    }

    /** Recorded a day after it happened, as the ledger's timestamp would say. */
    private static ProjectedEvent recorded(LandlordContextEvent event) {
        return new ProjectedEvent(event, event.occurredAt().plusSeconds(86_400), LANDLORD, 0);
    }

    private List<Map<String, Object>> everyRow() {
        return projection.tables().stream()
                .flatMap(table -> database.rows("SELECT '" + table + "' AS t, * FROM " + table + " ORDER BY 2").stream())
                .toList();
    }
}
