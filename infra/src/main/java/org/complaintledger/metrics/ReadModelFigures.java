package org.complaintledger.metrics;

import java.sql.Date;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.complaintledger.calendar.WorkingDayCalendar;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Works out the {@link BusinessFigures} from the read models (case_summary, due_step, timescale_compliance): three
 * aggregate queries, no row read back one by one. Figures follow the processors, so they may trail the ledger by the
 * processing groups' lag (ledger_processor_lag_events).
 */
@Component
class ReadModelFigures {

    private final JdbcTemplate jdbc;
    private final WorkingDayCalendar calendar;
    private final Clock clock;

    ReadModelFigures(JdbcTemplate jdbc, WorkingDayCalendar calendar, Clock clock) {
        this.jdbc = jdbc;
        this.calendar = calendar;
        this.clock = clock;
    }

    BusinessFigures read() {
        LocalDate today = calendar.dayOf(clock.instant());
        LocalDate soonUntil = calendar.addWorkingDays(today, BusinessFigures.DUE_SOON_WORKING_DAYS);
        long[] due = jdbc.queryForObject("SELECT count(*) FILTER (WHERE due_on < ?), "
                        + "count(*) FILTER (WHERE due_on >= ? AND due_on <= ?) FROM due_step WHERE settled_at IS NULL",
                (rs, row) -> new long[] {rs.getLong(1), rs.getLong(2)},
                Date.valueOf(today), Date.valueOf(today), Date.valueOf(soonUntil));
        Map<BusinessFigures.Recorded, Long> recorded = new HashMap<>();
        Map<String, Long> extensions = new HashMap<>();
        stages(recorded, extensions);
        return new BusinessFigures(openByStage(), due[0], due[1], recorded, extensions);
    }

    private Map<String, Long> openByStage() {
        Map<String, Long> open = new HashMap<>();
        jdbc.query("SELECT status, count(*) FROM case_summary "
                + "WHERE status IN ('STAGE_ONE', 'STAGE_TWO', 'STAGE_THREE', 'WITH_OMBUDSMAN') GROUP BY status", rs -> {
                    String stage = switch (rs.getString(1)) {
                        case "STAGE_ONE" -> "1";
                        case "STAGE_TWO" -> "2";
                        case "STAGE_THREE" -> "3";
                        default -> "ombudsman";
                    };
                    open.put(stage, rs.getLong(2));
                });
        return open;
    }

    /** One pass over timescale_compliance for both the steps' timing and the extensions. */
    private void stages(Map<BusinessFigures.Recorded, Long> recorded, Map<String, Long> extensions) {
        jdbc.query("SELECT stage, count(*) FILTER (WHERE acknowledged_on_time), "
                + "count(*) FILTER (WHERE NOT acknowledged_on_time), count(*) FILTER (WHERE on_time_as_extended), "
                + "count(*) FILTER (WHERE NOT on_time_as_extended), sum(extensions - extensions_beyond_limit), "
                + "sum(extensions_beyond_limit) FILTER (WHERE extensions_within_limit_or_with_good_reason), "
                + "sum(extensions_beyond_limit) FILTER (WHERE NOT extensions_within_limit_or_with_good_reason) "
                + "FROM timescale_compliance GROUP BY stage", rs -> {
                    int stage = rs.getInt(1);
                    recorded.put(new BusinessFigures.Recorded(stage, "acknowledgement", "on_time"), rs.getLong(2));
                    recorded.put(new BusinessFigures.Recorded(stage, "acknowledgement", "late"), rs.getLong(3));
                    recorded.put(new BusinessFigures.Recorded(stage, "response", "on_time"), rs.getLong(4));
                    recorded.put(new BusinessFigures.Recorded(stage, "response", "late"), rs.getLong(5));
                    extensions.merge("within_limit", rs.getLong(6), Long::sum);
                    extensions.merge("beyond_limit_with_good_reason", rs.getLong(7), Long::sum);
                    extensions.merge("beyond_limit_without_good_reason", rs.getLong(8), Long::sum);
                });
    }
}
