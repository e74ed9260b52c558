package org.complaintledger.record.page;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.complaintledger.code.Stage;

/** How the case record page words what the events hold: London times, dates, sums and the enums' names. */
final class Words {

    static final ZoneId LONDON = ZoneId.of("Europe/London");

    private static final DateTimeFormatter MOMENT = DateTimeFormatter.ofPattern("EEE d MMM yyyy, HH:mm z", Locale.UK)
            .withZone(LONDON);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEE d MMM yyyy", Locale.UK);

    private Words() {
    }

    /** An instant as people in England read it, and exactly, for {@code <time datetime>}. */
    public record Moment(Instant instant, String text) {

        static Moment of(Instant instant) {
            return instant == null ? null : new Moment(instant, MOMENT.format(instant));
        }

        /** The exact instant, ISO-8601 in UTC. */
        public String iso() {
            return instant.toString();
        }
    }

    static String day(LocalDate date) {
        return date == null ? null : DAY.format(date);
    }

    static String moment(Instant instant) {
        return instant == null ? null : MOMENT.format(instant);
    }

    /** {@code PARTLY_UPHELD} reads "Partly upheld". */
    static String of(Enum<?> value) {
        if (value == null) {
            return null;
        }
        String words = value.name().replace('_', ' ').toLowerCase(Locale.UK);
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    static String stage(Stage stage) {
        return "Stage " + stage.number();
    }

    /** "yes" or "no"; null (not recorded, in events stored before the fact existed) stays null. */
    static String yesNo(Boolean value) {
        return value == null ? null : value ? "yes" : "no";
    }

    static String pounds(Long pence) {
        return pence == null ? null : String.format(Locale.UK, "£%d.%02d", pence / 100, pence % 100);
    }
}
