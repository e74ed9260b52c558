package org.complaintledger.idempotency;

import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** The requests already carried out under an Idempotency-Key. */
@Repository
public class IdempotentRequests {

    private final JdbcTemplate jdbc;

    public IdempotentRequests(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<IdempotentRequest> find(String key) {
        return jdbc.query("SELECT idempotency_key, request_fingerprint, command_id, complaint_id "
                        + "FROM idempotent_request WHERE idempotency_key = ?",
                (rs, row) -> new IdempotentRequest(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)),
                key).stream().findFirst();
    }

    /**
     * Joins the caller's transaction. A second request with the same key waits on the primary key until the
     * first commits, then fails with a duplicate key, rolling back its own events.
     */
    void record(IdempotentRequest request) {
        jdbc.update("INSERT INTO idempotent_request (idempotency_key, request_fingerprint, command_id, complaint_id) "
                + "VALUES (?, ?, ?, ?)", request.key(), request.fingerprint(), request.commandId(), request.complaintId());
    }
}
