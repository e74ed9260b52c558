package org.complaintledger.retention;

import java.sql.Timestamp;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.complaintledger.personaldata.DataSubjectForgotten;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** The runs of the retention job, and which data subjects are already forgotten (so they never fall due again). */
@Component
@ProcessingGroup(RetentionProjection.PROCESSING_GROUP)
public class RetentionProjection {

    public static final String PROCESSING_GROUP = "retention";

    private final JdbcTemplate jdbc;

    public RetentionProjection(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(RetentionRunEvent event) {
        switch (event) {
            case RetentionRunRecorded e -> jdbc.update("INSERT INTO retention_run (run_id, started_at, finished_at, "
                            + "run_trigger, policy, retained_until, due, erased, not_erased) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) "
                            + "ON CONFLICT (run_id) DO NOTHING",
                    e.runId(), Timestamp.from(e.startedAt()), Timestamp.from(e.finishedAt()), e.trigger(), e.policy(),
                    Timestamp.from(e.retainedUntil()), e.dueSubjects().size(), e.erasedSubjects().size(),
                    e.notErased().size());
        }
    }

    @EventHandler
    void on(DataSubjectForgotten event) {
        jdbc.update("INSERT INTO forgotten_data_subject (data_subject_id, forgotten_at, reason) VALUES (?, ?, ?) "
                        + "ON CONFLICT (data_subject_id) DO NOTHING",
                event.dataSubjectId(), Timestamp.from(event.occurredAt()), event.reason().name());
    }

    @ResetHandler
    void replayFromScratch() {
        jdbc.update("DELETE FROM retention_run");
        jdbc.update("DELETE FROM forgotten_data_subject");
    }
}
