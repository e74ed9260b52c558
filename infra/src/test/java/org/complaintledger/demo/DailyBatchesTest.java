package org.complaintledger.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.complaintledger.complaint.ComplaintCommand;
import org.complaintledger.ledger.RecordingClock;
import org.junit.jupiter.api.Test;

/** Loading from several threads sends every step once, each at its recorded time, each complaint's steps in order. */
class DailyBatchesTest {

    private static final DemoLedger LEDGER = new DemoLedger(new DemoLandlord(5, 2_000, 2024, 1));
    private static final Clock RECORDING = RecordingClock.over(Clock.systemUTC());

    private record Sent(Object command, Instant recordedAt) {
    }

    @Test
    void everyStepIsSentOnceAsIfRecordedAtItsTimeAndEachComplaintInOrder() {
        List<Sent> sent = Collections.synchronizedList(new ArrayList<>());

        DemoLedger.Loaded loaded = LEDGER.load(command -> sent.add(new Sent(command, RECORDING.instant())),
                Instant.parse("2026-01-01T00:00:00Z"), 4);

        List<Sent> planned = LEDGER.plan().stream().filter(step -> step.recordedAt().isBefore(
                Instant.parse("2026-01-01T00:00:00Z"))).map(step -> new Sent(step.command(), step.recordedAt())).toList();
        assertThat(loaded.sent()).isEqualTo(planned.size());
        assertThat(sent).containsExactlyInAnyOrderElementsOf(planned);
        assertThat(byComplaint(sent)).isEqualTo(byComplaint(planned));
    }

    private static Map<String, List<Sent>> byComplaint(List<Sent> sent) {
        return sent.stream().filter(one -> one.command() instanceof ComplaintCommand).collect(Collectors.groupingBy(
                one -> ((ComplaintCommand) one.command()).complaintId()));
    }
}
