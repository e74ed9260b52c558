package org.complaintledger.reports;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;
import org.complaintledger.calendar.WorkingDayCalendar;
import org.complaintledger.landlordcontext.LandlordContextProjection;
import org.complaintledger.outcomes.OutcomesAndRemediesProjection;
import org.complaintledger.parkedevents.Incomplete;
import org.complaintledger.parkedevents.ParkedEventCounts;
import org.complaintledger.reports.asat.FigureChanges;
import org.complaintledger.reports.asat.LedgerAsAt;
import org.complaintledger.timescalecompliance.TimescaleComplianceProjection;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Answers a report from the report read models, now or as at a past instant; as at one, also reads it now and says
 * which figures have changed since and which backdated steps changed them.
 */
@Component
public class Reports {

    private final LedgerAsAt ledger;
    private final ParkedEventCounts parked;
    private final JsonMapper json;
    private final Clock clock;
    private final AnswerCache answers = new AnswerCache();

    public Reports(LedgerAsAt ledger, ParkedEventCounts parked, JsonMapper json, Clock clock) {
        this.ledger = ledger;
        this.parked = parked;
        this.json = json;
        this.clock = clock;
    }

    /**
     * The report {@code read} makes for {@code period}, as the ledger stands now ({@code asAt} null) or stood at
     * {@code asAt}; InvalidField for an {@code asAt} in the future.
     */
    public <R> ReportAnswer<R> answer(String title, ReportPeriod period, Instant asAt,
                                      Function<JdbcTemplate, R> read) {
        return answer(title, period, asAt, read, new String[0]);
    }

    /**
     * As {@link #answer(String, ReportPeriod, Instant, Function)}, for a report that also reads the read models of
     * {@code moreProcessingGroups}, whose parked events make it incomplete too.
     */
    public <R> ReportAnswer<R> answer(String title, ReportPeriod period, Instant asAt,
                                      Function<JdbcTemplate, R> read, String... moreProcessingGroups) {
        Instant answeredAt = clock.instant();
        LedgerAsAt.checked(asAt, answeredAt);
        if (asAt == null) {
            List<String> groups = Stream.concat(Stream.of(TimescaleComplianceProjection.PROCESSING_GROUP,
                    OutcomesAndRemediesProjection.PROCESSING_GROUP, LandlordContextProjection.PROCESSING_GROUP),
                    Stream.of(moreProcessingGroups)).toList();
            // parked events are read first: one parked during the report is caught by the next, never hidden
            Incomplete incomplete = parked.incomplete(groups.toArray(String[]::new));
            // a report may read "today" (what is overdue, the default quarter), so the day is part of what it was
            String key = title + "|" + period.from() + "|" + period.to() + "|"
                    + LocalDate.ofInstant(answeredAt, WorkingDayCalendar.LONDON);
            return new ReportAnswer<>(title, period, period.label(), null, answeredAt, incomplete,
                    ledger.now(jdbc -> answers.report(jdbc, groups, period.to(), key, () -> read.apply(jdbc))), null);
        }
        LedgerAsAt.AsAt<R> then = ledger.at(asAt, period.from(), period.to(), read);
        R now = ledger.now(read);
        return new ReportAnswer<>(title, period, period.label(), asAt, answeredAt, then.incomplete(), then.report(),
                new ReportAnswer.SinceAsAt(FigureChanges.between(json, then.report(), now), then.corrections()));
    }
}
