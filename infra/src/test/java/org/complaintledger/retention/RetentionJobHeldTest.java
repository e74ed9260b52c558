package org.complaintledger.retention;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Clock;
import java.time.Instant;
import java.time.Period;
import java.time.ZoneOffset;
import java.util.List;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.complaintledger.parkedevents.Incomplete;
import org.complaintledger.parkedevents.ParkedEventCounts;
import org.complaintledger.personaldata.ForgetDataSubject;
import org.junit.jupiter.api.Test;

/**
 * Who is due for erasure is read from read models; while one of them is short of parked events a subject with an open
 * complaint could look due, so the job erases no one and its run says why, for each due subject.
 */
class RetentionJobHeldTest {

    private final RetentionDue due = mock(RetentionDue.class);
    private final ParkedEventCounts parked = mock(ParkedEventCounts.class);
    private final CommandGateway gateway = mock(CommandGateway.class);
    private final RetentionJob job = new RetentionJob(due, new RetentionPolicy(Period.ofYears(6)),
            new RetentionProperties(Period.ofYears(6), "-", 500), gateway,
            Clock.fixed(Instant.parse("2026-12-01T02:30:00Z"), ZoneOffset.UTC), parked);

    @Test
    void erasesNoOneWhileTheReadModelsItReadsHaveParkedEvents() {
        when(due.before(any(), anyInt())).thenReturn(List.of(
                new DueSubject("RES-1", 1, 0, Instant.parse("2019-01-01T00:00:00Z"))));
        when(parked.incomplete(any(String[].class))).thenReturn(new Incomplete(2, List.of("case-summary")));

        RetentionRunRecorded run = job.run("officer");

        assertThat(run.dueSubjects()).containsExactly("RES-1");
        assertThat(run.erasedSubjects()).isEmpty();
        assertThat(run.notErased()).singleElement().satisfies(held -> {
            assertThat(held.dataSubjectId()).isEqualTo("RES-1");
            assertThat(held.why()).contains("2 events parked", "case-summary");
        });
        verify(gateway, never()).sendAndWait(any(ForgetDataSubject.class));
    }

    @Test
    void erasesWhenTheReadModelsAreWhole() {
        when(due.before(any(), anyInt())).thenReturn(List.of(
                new DueSubject("RES-1", 1, 0, Instant.parse("2019-01-01T00:00:00Z"))));

        RetentionRunRecorded run = job.run("officer");

        assertThat(run.erasedSubjects()).containsExactly("RES-1");
        verify(gateway).sendAndWait(any(ForgetDataSubject.class));
    }
}
