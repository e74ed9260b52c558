package org.complaintledger.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.complaintledger.access.Role;
import org.complaintledger.calendar.WorkingDayCalendar;
import org.complaintledger.testsupport.LedgerTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * Closure days declared on the ledger: the calendar of every command follows them as soon as the declaration has
 * committed, deadlines already on the record stay as they were, and the days in force at any recorded time can be read.
 * The application's clock is the real one, so the days are worked out from today.
 */
@LedgerTest
class ClosureDaysHttpTest {

    private static final String ACKNOWLEDGEMENT = """
            {"handler": "Hal", "definition": {"understanding": "boiler fails", "outcomesSought": ["repair"]},
             "responsibleFor": ["boiler"], "notResponsibleFor": []}""";

    @LocalServerPort
    int port;

    @Test
    void declaringAClosureDayMovesTheDeadlineOfAComplaintAcknowledgedAfterwardsAndNotOfOneAcknowledgedBefore() {
        LedgerClient officer = new LedgerClient(port);
        WorkingDayCalendar england = WorkingDayCalendar.englandAndWales();
        LocalDate today = england.dayOf(Instant.now());
        // The next working day: inside every response window that starts today.
        LocalDate closed = england.addWorkingDays(today, 1);

        String before = acknowledgedComplaint(officer);
        LocalDate dueBefore = responseDue(officer, before);

        LedgerClient.Reply declared = officer.post("/api/landlord/closure-days",
                "{\"day\": \"%s\", \"reason\": \"Office move\", \"declaredBy\": \"officer-1\"}".formatted(closed));
        assertThat(declared.status()).isEqualTo(201);
        try {
            String after = acknowledgedComplaint(officer);
            // One working day fewer in the window: the deadline is the next working day after the earlier one.
            assertThat(responseDue(officer, after)).isEqualTo(england.addWorkingDays(dueBefore, 1));
            assertThat(responseDue(officer, before)).isEqualTo(dueBefore);
            assertThat(daysInForce(new LedgerClient(port, Role.HANDLER), null)).contains(closed.toString());
        } finally {
            // The application is shared with other tests: leave the calendar as it was found.
            assertThat(officer.post("/api/landlord/closure-days/" + closed + "/withdrawal",
                    "{\"reason\": \"Move postponed\", \"withdrawnBy\": \"officer-1\"}").status()).isEqualTo(200);
        }
        String afterWithdrawal = acknowledgedComplaint(officer);
        assertThat(responseDue(officer, afterWithdrawal)).isEqualTo(dueBefore);
    }

    @Test
    void theClosureDaysInForceAsKnownAtARecordedTimeStayReadableAfterAWithdrawal() {
        LedgerClient officer = new LedgerClient(port);
        // Wednesday 24 December 2098: no test's deadline reaches it.
        String day = "2098-12-24";
        officer.post("/api/landlord/closure-days", "{\"day\": \"" + day + "\", \"reason\": \"Christmas Eve\", "
                + "\"declaredBy\": \"officer-1\"}");
        Instant whileDeclared = Instant.now();
        officer.post("/api/landlord/closure-days/" + day + "/withdrawal", "{\"reason\": \"Open\", \"withdrawnBy\": \"o\"}");

        assertThat(daysInForce(officer, whileDeclared.toString())).contains(day);
        assertThat(daysInForce(officer, null)).doesNotContain(day);
        assertThat(daysInForce(officer, "2000-01-01T00:00:00Z")).doesNotContain(day);
    }

    @Test
    void refusesADayOutsideSaneYearsNamingTheField() {
        LedgerClient.Reply reply = new LedgerClient(port).post("/api/landlord/closure-days",
                "{\"day\": \"20025-12-24\", \"reason\": \"typo\", \"declaredBy\": \"officer-1\"}");
        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.body().toString()).contains("\"day\"");
        assertThat(new LedgerClient(port).get("/api/landlord/closure-days?asAt=soon").status()).isEqualTo(400);
    }

    @Test
    void withdrawingADayNeverDeclaredIsNotFound() {
        assertThat(new LedgerClient(port).post("/api/landlord/closure-days/2097-06-03/withdrawal",
                "{\"reason\": \"none\", \"withdrawnBy\": \"officer-1\"}").status()).isEqualTo(404);
    }

    private static String acknowledgedComplaint(LedgerClient officer) {
        String id = officer.logComplaint();
        LedgerClient.Reply acknowledged = officer.post("/api/complaints/" + id + "/stages/1/acknowledgement", ACKNOWLEDGEMENT);
        assertThat(acknowledged.status()).as(acknowledged.body().toString()).isEqualTo(200);
        return id;
    }

    /** The stage 1 response deadline written into the complaint's acknowledgement. */
    private static LocalDate responseDue(LedgerClient officer, String complaintId) {
        for (JsonNode event : officer.events(complaintId)) {
            if (event.get("type").asString().equals("StageAcknowledged")) {
                return LocalDate.parse(event.get("payload").get("responseDue").asString());
            }
        }
        throw new AssertionError("no acknowledgement on " + complaintId);
    }

    private static List<String> daysInForce(LedgerClient caller, String asAt) {
        LedgerClient.Reply reply = caller.get("/api/landlord/closure-days" + (asAt == null ? "" : "?asAt=" + asAt));
        assertThat(reply.status()).isEqualTo(200);
        List<String> days = new ArrayList<>();
        reply.body().get("closureDays").forEach(day -> days.add(day.get("day").asString()));
        return days;
    }
}
