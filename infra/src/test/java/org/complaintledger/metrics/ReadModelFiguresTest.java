package org.complaintledger.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.complaintledger.code.Stage.ONE;
import static org.complaintledger.projectiontest.ComplaintEvents.acknowledged;
import static org.complaintledger.projectiontest.ComplaintEvents.at;
import static org.complaintledger.projectiontest.ComplaintEvents.logged;

import java.time.Clock;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.Stream;
import org.complaintledger.calendar.WorkingDayCalendar;
import org.complaintledger.casesummary.CaseSummaryProjection;
import org.complaintledger.complaint.ComplaintEvent;
import org.complaintledger.duesteps.DueStepsProjection;
import org.complaintledger.projectiontest.ComplaintHistories.Life2024;
import org.complaintledger.projectiontest.ProjectionDatabase;
import org.complaintledger.readmodel.LiveProjection;
import org.complaintledger.readmodel.ProjectedEvent;
import org.complaintledger.readmodel.SqlTables;
import org.complaintledger.timescalecompliance.TimescaleComplianceProjection;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The business figures worked out from read models that the projections built from fed events, on a real PostgreSQL,
 * on Thursday 20 March 2025 (London).
 */
class ReadModelFiguresTest {

    @RegisterExtension
    static final ProjectionDatabase database = ProjectionDatabase.withModuleMigrations();

    /** At stage 2 after a stage 1 acknowledged and answered on time, with one extension within and one beyond. */
    private static final List<ComplaintEvent> AT_STAGE_TWO = List.of(Life2024.LOGGED, Life2024.STAGE_ONE_ACKNOWLEDGED,
            Life2024.UPDATES_AGREED, Life2024.STAGE_ONE_EXTENDED, Life2024.STAGE_ONE_EXTENDED_BEYOND_LIMIT,
            Life2024.STAGE_ONE_RESPONDED, Life2024.ESCALATED, Life2024.STAGE_TWO_ACKNOWLEDGED);
    /** Acknowledgement due Mon 17 March, not made: overdue. */
    private static final ComplaintEvent OVERDUE = logged("overdue", "2025-03-10", "2024", "2025-03-17", Life2024.FACTS);
    /** Acknowledgement due Mon 24 March: two working days after Thursday 20. */
    private static final ComplaintEvent DUE_SOON = logged("due-soon", "2025-03-17", "2024", "2025-03-24",
            Life2024.FACTS);
    /** Acknowledgement due Tue 25 March: three working days on, not yet soon. */
    private static final ComplaintEvent DUE_LATER = logged("due-later", "2025-03-18", "2024", "2025-03-25",
            Life2024.FACTS);
    /** Acknowledged Wed 12 March, two days after its deadline; its response is due Wed 26 March. */
    private static final List<ComplaintEvent> ACKNOWLEDGED_LATE = List.of(
            logged("acknowledged-late", "2025-03-03", "2024", "2025-03-10", Life2024.FACTS),
            acknowledged("acknowledged-late", "2025-03-12", ONE, "2025-03-10", "2025-03-26"));

    private static ReadModelFigures figures;

    @BeforeAll
    static void feed() {
        database.empty("due_step", "case_summary", "timescale_compliance");
        SqlTables tables = new SqlTables(database.jdbc());
        List<LiveProjection> projections = List.of(new DueStepsProjection(tables), new CaseSummaryProjection(tables),
                new TimescaleComplianceProjection(tables));
        Stream.of(AT_STAGE_TWO, List.of(OVERDUE, DUE_SOON, DUE_LATER), ACKNOWLEDGED_LATE).flatMap(List::stream)
                .forEach(event -> projections.forEach(projection ->
                        projection.apply(new ProjectedEvent(event, event.occurredAt(), null, 0))));
        figures = new ReadModelFigures(database.jdbc(), WorkingDayCalendar.englandAndWales(),
                Clock.fixed(at("2025-03-20"), ZoneOffset.UTC));
    }

    @Test
    void countsOpenComplaintsByStage() {
        BusinessFigures read = figures.read();

        assertThat(read.open("1")).isEqualTo(4);
        assertThat(read.open("2")).isEqualTo(1);
        assertThat(read.open("3")).isZero();
        assertThat(read.open("ombudsman")).isZero();
    }

    @Test
    void countsStepsPastTheirDateAndThoseDueWithinTwoWorkingDays() {
        BusinessFigures read = figures.read();

        assertThat(read.stepsOverdue()).isEqualTo(1);
        assertThat(read.stepsDueSoon()).isEqualTo(1);
    }

    @Test
    void countsStepsRecordedOnTimeAndLateByStage() {
        BusinessFigures read = figures.read();

        assertThat(read.recorded(1, "acknowledgement", "on_time")).isEqualTo(1);
        assertThat(read.recorded(1, "acknowledgement", "late")).isEqualTo(1);
        assertThat(read.recorded(1, "response", "on_time")).isEqualTo(1);
        assertThat(read.recorded(1, "response", "late")).isZero();
        assertThat(read.recorded(2, "acknowledgement", "on_time")).isEqualTo(1);
        assertThat(read.recorded(2, "response", "on_time")).isZero();
    }

    @Test
    void countsExtensionsWithinTheLimitAndBeyondItWithGoodReason() {
        BusinessFigures read = figures.read();

        assertThat(read.extensions("within_limit")).isEqualTo(1);
        assertThat(read.extensions("beyond_limit_with_good_reason")).isEqualTo(1);
        assertThat(read.extensions("beyond_limit_without_good_reason")).isZero();
    }
}
