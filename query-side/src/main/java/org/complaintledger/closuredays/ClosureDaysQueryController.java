package org.complaintledger.closuredays;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.complaintledger.calendar.WorkingDayCalendar;
import org.complaintledger.closuredays.ClosureDayInForce.Source;
import org.complaintledger.code.InvalidField;
import org.complaintledger.code.Timescales;
import org.complaintledger.ledger.SaneDate;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The closure days in force as the ledger knew them at a recorded time ({@code asAt}, default now): what the
 * calendar counted when a deadline was computed then. Declarations and withdrawals count from when they were
 * recorded, not from the day they concern.
 */
@RestController
public class ClosureDaysQueryController {

    /** What a read answers: the time it is as at, and the days in force then, earliest first. */
    public record ClosureDays(Instant asAt, List<ClosureDayInForce> closureDays) {
    }

    private final JdbcTemplate jdbc;
    private final WorkingDayCalendar calendar;
    private final Timescales time;

    public ClosureDaysQueryController(JdbcTemplate jdbc, WorkingDayCalendar calendar, Timescales time) {
        this.jdbc = jdbc;
        this.calendar = calendar;
        this.time = time;
    }

    @GetMapping("/api/landlord/closure-days")
    public ClosureDays inForce(@RequestParam(required = false) String asAt) {
        Instant at = asAt == null ? time.now() : instant(asAt);
        List<ClosureDayInForce> days = new ArrayList<>(jdbc.query(
                "SELECT day, reason, declared_by, declared_at FROM closure_day "
                        + "WHERE declared_at <= ? AND (withdrawn_at IS NULL OR withdrawn_at > ?)",
                (rs, row) -> new ClosureDayInForce(rs.getDate(1).toLocalDate(), Source.LEDGER, rs.getString(2),
                        rs.getString(3), rs.getTimestamp(4).toInstant()),
                Timestamp.from(at), Timestamp.from(at)));
        calendar.configuredClosureDays().forEach(day ->
                days.add(new ClosureDayInForce(day, Source.CONFIGURATION, null, null, null)));
        days.sort(Comparator.comparing(ClosureDayInForce::day).thenComparing(ClosureDayInForce::source));
        return new ClosureDays(at, days);
    }

    private static Instant instant(String asAt) {
        try {
            return SaneDate.Parameter.checked("asAt", OffsetDateTime.parse(asAt).toInstant());
        } catch (DateTimeParseException e) {
            throw new InvalidField("asAt", "must be an ISO-8601 date-time with offset, e.g. 2025-12-01T09:00:00Z");
        }
    }
}
