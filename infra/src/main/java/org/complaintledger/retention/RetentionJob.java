package org.complaintledger.retention;


import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.complaintledger.casesummary.CaseSummaryProjection;
import org.complaintledger.parkedevents.Incomplete;
import org.complaintledger.parkedevents.ParkedEventCounts;
import org.complaintledger.personaldata.ErasureReason;
import org.complaintledger.personaldata.ForgetDataSubject;
import org.complaintledger.retention.RetentionRunRecorded.NotErased;
import org.complaintledger.reviewsdue.ReviewsDueProjection;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import javax.sql.DataSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Erases the personal data the retention policy no longer allows keeping, one data subject at a time (each erasure
 * its own transaction, so one failure does not undo the others), and puts the run itself on the record.
 */
@Component
public class RetentionJob {

    private static final Logger LOG = LoggerFactory.getLogger(RetentionJob.class);
    static final String SCHEDULE = "schedule";

    private final RetentionDue due;
    private final RetentionPolicy policy;
    private final RetentionProperties properties;
    private final CommandGateway gateway;
    private final Clock clock;
    private final ParkedEventCounts parked;

    private SessionLock scheduleLock = SessionLock.NONE;

    /** Only one process on the database runs the schedule at a time (docs/multi-node.md). */
    @Autowired(required = false)
    void scheduledUnder(DataSource dataSource) {
        this.scheduleLock = new SessionLock(dataSource, SessionLock.RETENTION);
    }

    public RetentionJob(RetentionDue due, RetentionPolicy policy, RetentionProperties properties, CommandGateway gateway,
                        Clock clock, ParkedEventCounts parked) {
        this.due = due;
        this.policy = policy;
        this.properties = properties;
        this.gateway = gateway;
        this.clock = clock;
        this.parked = parked;
    }

    /**
     * On schedule, by one process at a time: every process on the database has the same schedule, and the one that
     * takes the session advisory lock first runs it; another that finds it held leaves the run to that one.
     */
    @Scheduled(cron = "${complaint-ledger.retention.cron:0 30 2 * * *}", zone = "Europe/London")
    void onSchedule() {
        boolean ran = scheduleLock.whileHeld(() -> {
            RetentionRunRecorded run = run(SCHEDULE);
            LOG.info("retention run {}: {} due, {} erased, {} not erased", run.runId(), run.dueSubjects().size(),
                    run.erasedSubjects().size(), run.notErased().size());
        });
        if (!ran) {
            LOG.info("retention run left to the node already running it");
        }
    }

    /** Runs now; {@code trigger} is "schedule" or whoever started it. */
    public RetentionRunRecorded run(String trigger) {
        Instant started = clock.instant();
        Instant retainedUntil = policy.retainedUntil(started);
        List<String> dueSubjects = due.before(retainedUntil, properties.maxSubjectsPerRun()).stream()
                .map(DueSubject::dataSubjectId).toList();
        List<String> erased = new ArrayList<>();
        List<NotErased> notErased = new ArrayList<>();
        // Who is due comes from read models; one short of a parked event (a complaint logged since, say) could make a
        // subject with an open complaint look due. Erase no one until they are whole; the run says why.
        Incomplete incomplete = parked.incomplete(CaseSummaryProjection.PROCESSING_GROUP,
                RetentionProjection.PROCESSING_GROUP, ReviewsDueProjection.PROCESSING_GROUP);
        for (String subject : dueSubjects) {
            if (incomplete != null) {
                notErased.add(new NotErased(subject, "held: " + incomplete.parkedEvents() + " events parked in "
                        + incomplete.processingGroups() + " (GET /api/parked-events); retry them, then run again"));
                continue;
            }
            try {
                gateway.sendAndWait(new ForgetDataSubject(subject, ErasureReason.RETENTION_ENDED,
                        "retention policy: " + policy.describe(), "retention job (" + trigger + ")", null, null));
                erased.add(subject);
            } catch (RuntimeException e) {
                LOG.warn("retention: could not erase data subject {}", subject, e);
                notErased.add(new NotErased(subject, String.valueOf(e.getMessage())));
            }
        }
        RecordRetentionRun record = new RecordRetentionRun(UUID.randomUUID().toString(), started, clock.instant(),
                trigger, policy.describe(), retainedUntil, dueSubjects, erased, notErased);
        gateway.sendAndWait(record);
        return new RetentionRunRecorded(record.runId(), record.startedAt(), record.finishedAt(), record.trigger(),
                record.policy(), record.retainedUntil(), record.dueSubjects(), record.erasedSubjects(), record.notErased());
    }
}
