-- Personal data in the ledger is sealed with a key per data subject (UK GDPR); destroying the key erases it
-- (crypto-shredding) while the append-only events stay. infra's PostgresSubjectKeyStore keeps the keys here.
CREATE TABLE data_subject_key (
    subject_id   TEXT        PRIMARY KEY,
    key          BYTEA,                               -- 32 random bytes (AES-256); NULL once destroyed
    created_at   TIMESTAMPTZ NOT NULL DEFAULT now(),
    destroyed_at TIMESTAMPTZ,
    CONSTRAINT data_subject_key_aes_256 CHECK (key IS NULL OR octet_length(key) = 32),
    CONSTRAINT data_subject_key_destroyed_has_none CHECK ((key IS NULL) = (destroyed_at IS NOT NULL))
);

-- A forgotten subject stays forgotten: the row is kept (so no new key can be made for them) and its key can
-- never come back. The only change allowed is the erasure itself, which sets the key NULL.
CREATE FUNCTION reject_data_subject_key_change() RETURNS trigger
    LANGUAGE plpgsql AS
$$
BEGIN
    IF TG_OP = 'UPDATE' AND OLD.destroyed_at IS NULL AND NEW.key IS NULL
            AND NEW.subject_id = OLD.subject_id AND NEW.created_at = OLD.created_at THEN
        RETURN NEW;
    END IF;
    RAISE EXCEPTION 'a data subject''s key can only be destroyed: % on % is not allowed', TG_OP, TG_TABLE_NAME
        USING ERRCODE = 'restrict_violation';
END;
$$;

CREATE TRIGGER data_subject_key_only_destroyed
    BEFORE UPDATE OR DELETE ON data_subject_key
    FOR EACH ROW EXECUTE FUNCTION reject_data_subject_key_change();

CREATE TRIGGER data_subject_key_no_truncate
    BEFORE TRUNCATE ON data_subject_key
    FOR EACH STATEMENT EXECUTE FUNCTION reject_data_subject_key_change();

-- Whose personal data each aggregate's events hold: the subject named by its first event that names one
-- (ComplaintLogged.dataSubjectId), written in that event's transaction. Later events are sealed for it.
CREATE TABLE data_subject_of_aggregate (
    aggregate_id TEXT PRIMARY KEY,
    subject_id   TEXT NOT NULL
);

-- Complaints logged before this migration: the same rule as ComplaintLogged.dataSubjectId (the resident's id,
-- else the complaint's own id). Their events stay in plain text; only events appended from now on are sealed.
INSERT INTO data_subject_of_aggregate (aggregate_id, subject_id)
SELECT aggregate_identifier,
       COALESCE(payload_json ->> 'dataSubjectId', payload_json -> 'complainant' ->> 'residentId', aggregate_identifier)
FROM (SELECT aggregate_identifier, convert_from(payload, 'UTF8')::jsonb AS payload_json
      FROM domain_event_entry
      WHERE payload_type = 'org.complaintledger.complaint.ComplaintLogged') AS logged
ON CONFLICT (aggregate_id) DO NOTHING;
