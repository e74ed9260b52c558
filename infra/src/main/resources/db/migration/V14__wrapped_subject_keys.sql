-- Each data subject's key is stored wrapped with a key-encryption key (KEK) held outside the database, so a copy of
-- the database alone (pg_dump, a stolen backup) opens no sealed value. kek_id names the KEK that wrapped the key;
-- NULL only for keys stored plain before this migration, which infra's SubjectKeyWrapping wraps in place on the next
-- start (the KEK is not in the database, so SQL cannot do it here). See docs/operations.md, "Key-encryption keys".
ALTER TABLE data_subject_key ADD COLUMN kek_id TEXT
    CONSTRAINT data_subject_key_kek_id CHECK (kek_id ~ '^[A-Za-z0-9._-]{1,64}$');

-- A wrapped key is 60 bytes: a 12-byte IV, the 32-byte key encrypted with AES-256-GCM, and a 16-byte tag.
ALTER TABLE data_subject_key DROP CONSTRAINT data_subject_key_aes_256;
ALTER TABLE data_subject_key ADD CONSTRAINT data_subject_key_length
    CHECK (key IS NULL OR octet_length(key) = CASE WHEN kek_id IS NULL THEN 32 ELSE 60 END);

-- No new plain key: every row inserted or changed from now on holds a wrapped key or none. NOT VALID leaves the
-- plain keys of before this migration alone until they are wrapped.
ALTER TABLE data_subject_key ADD CONSTRAINT data_subject_key_wrapped
    CHECK (key IS NULL OR kek_id IS NOT NULL) NOT VALID;

-- Besides destroying a key, a live key may now be wrapped again (the upgrade, a KEK rotation). A destroyed key
-- still never comes back: the row of a forgotten subject cannot change at all.
CREATE OR REPLACE FUNCTION reject_data_subject_key_change() RETURNS trigger
    LANGUAGE plpgsql AS
$$
BEGIN
    IF TG_OP = 'UPDATE' AND OLD.destroyed_at IS NULL
            AND NEW.subject_id = OLD.subject_id AND NEW.created_at = OLD.created_at THEN
        IF NEW.key IS NULL THEN
            RETURN NEW;  -- the erasure
        END IF;
        IF NEW.destroyed_at IS NULL AND NEW.kek_id IS NOT NULL THEN
            RETURN NEW;  -- wrapped again with a key-encryption key
        END IF;
    END IF;
    RAISE EXCEPTION 'a data subject''s key can only be destroyed or wrapped again: % on % is not allowed',
        TG_OP, TG_TABLE_NAME
        USING ERRCODE = 'restrict_violation';
END;
$$;

-- Start-up re-applies every erasure on the ledger to this table (ErasuresOnTheLedger): find those events without
-- reading the whole event store.
CREATE INDEX domain_event_entry_data_subject_forgotten ON domain_event_entry (global_index)
    WHERE payload_type = 'org.complaintledger.personaldata.DataSubjectForgotten';
