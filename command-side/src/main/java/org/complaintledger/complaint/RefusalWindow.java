package org.complaintledger.complaint;

import java.time.LocalDate;
import org.complaintledger.code.CodeVersion;
import org.complaintledger.code.InvalidField;

/**
 * The 12-month window of 2.3, as logged with a complaint: it runs from when the issue arose or, if later, when the
 * resident became aware of it. A complaint outside it may still be accepted; the discretion used goes on the record.
 */
final class RefusalWindow {

    private RefusalWindow() {
    }

    /** Whether the complaint was received outside the window; refuses dates that cannot be, and discretion not needed. */
    static boolean beyond(LogComplaint cmd, LocalDate receivedOn, CodeVersion code) {
        LocalDate arose = cmd.issueArose();
        LocalDate aware = cmd.residentBecameAware();
        if (arose != null && arose.isAfter(receivedOn)) {
            throw new InvalidField("issueArose", "must not be after the day the complaint was received, " + receivedOn);
        }
        if (aware != null && aware.isAfter(receivedOn)) {
            throw new InvalidField("residentBecameAware",
                    "must not be after the day the complaint was received, " + receivedOn);
        }
        if (aware != null && arose != null && aware.isBefore(arose)) {
            throw new InvalidField("residentBecameAware", "must not be before the issue arose, " + arose);
        }
        LocalDate windowOpened = aware != null ? aware : arose;   // 2.3: the later of the two
        boolean beyond = windowOpened != null
                && windowOpened.isBefore(receivedOn.minusMonths(code.refusalWindowMonths()));
        if (cmd.windowDiscretion() != null && !beyond) {
            throw new InvalidField("windowDiscretion", "is only for a complaint received more than "
                    + code.refusalWindowMonths() + " months after the issue arose or the resident became aware of it "
                    + "(2.3), and this one was not");
        }
        return beyond;
    }
}
