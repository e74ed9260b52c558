package org.complaintledger.reports.asat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.axonframework.eventhandling.EventMessage;
import org.complaintledger.calendar.WorkingDayCalendar;
import org.complaintledger.landlord.context.GoverningBodyRespondedToAnnualReport;
import org.complaintledger.landlord.context.HomesOwnedRecorded;
import org.complaintledger.ledger.LedgerEvent;

/**
 * The steps recorded after an "as at" instant that can have changed what a report of {@code from}..{@code to} said
 * then: those that happened on or before the instant and by the period's end (backdated entries), and the
 * landlord's figures for a financial year the period covers (a correction of the homes owned, the governing body's
 * response), whenever they were made.
 */
final class LaterSteps {

    private final Instant describing;
    private final LocalDate from;
    private final LocalDate to;
    private final List<LaterEvent> listed = new ArrayList<>();
    private long count;

    LaterSteps(Instant asAt, LocalDate from, LocalDate to) {
        Instant endOfPeriod = to.plusDays(1).atStartOfDay(WorkingDayCalendar.LONDON).toInstant();
        this.describing = endOfPeriod.isBefore(asAt) ? endOfPeriod : asAt;
        this.from = from;
        this.to = to;
    }

    /** Notes {@code message}, recorded after the instant, if it is one of those steps. */
    void consider(EventMessage<?> message) {
        if (message.getPayload() instanceof LedgerEvent event && describesThePeriod(event)) {
            count++;
            if (listed.size() < LedgerAsAt.CORRECTIONS_LISTED) {
                listed.add(LaterEvent.of(message, event));
            }
        }
    }

    Corrections corrections() {
        return new Corrections(count, List.copyOf(listed));
    }

    private boolean describesThePeriod(LedgerEvent event) {
        return switch (event) {
            case HomesOwnedRecorded homes -> coversYear(homes.financialYear());
            case GoverningBodyRespondedToAnnualReport response -> coversYear(response.financialYear());
            default -> event.occurredAt().isBefore(describing);
        };
    }

    /** Whether the financial year starting 1 April {@code year} overlaps the period. */
    private boolean coversYear(int year) {
        return !LocalDate.of(year, 4, 1).isAfter(to) && !LocalDate.of(year + 1, 3, 31).isBefore(from);
    }
}
