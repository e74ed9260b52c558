package org.complaintledger.retention;

/** What can happen to a retention run: it is recorded once, whole, when it ends. */
public sealed interface RetentionRunEvent permits RetentionRunRecorded {

    String runId();
}
