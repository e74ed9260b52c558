package org.complaintledger.bulkimport;

import jakarta.validation.ConstraintViolation;
import java.util.Comparator;
import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.messaging.interceptors.JSR303ViolationException;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.complaintledger.code.CodeRuleBroken;
import org.complaintledger.code.InvalidField;
import org.complaintledger.code.NotOnRecord;
import org.complaintledger.http.InvalidRequest;
import org.complaintledger.personaldata.DataSubjectErased;

/**
 * A line that was not imported, as the report says it: where it is, the source's ids, the rule it broke with the
 * Code's provision where the rule is the Code's, and what the ledger said, in the HTTP API's words.
 */
record Refusal(long line, String source, String sourceComplaintId, String sourceStepId, String step, String rule,
               String provision, String message) {

    /** The line cannot be read as an import line (docs/import.md). */
    static final String FORMAT = "import-format";
    /** A later line of a complaint one of whose lines was refused: never imported out of order. */
    static final String FOLLOWS_REFUSED = "follows-refused-step";
    /** Invalid fields, as the HTTP API's 400 names them. */
    static final String INVALID = "invalid-request";

    static Refusal malformed(ImportLine line) {
        return of(line, FORMAT, null, "line " + line.number() + ": " + line.malformed());
    }

    static Refusal followsRefused(ImportLine line, long refusedLine) {
        return of(line, FOLLOWS_REFUSED, null, "not imported: line " + refusedLine + ", an earlier step of the same "
                + "complaint, was refused");
    }

    /** The line's source step id is another line's, which is on the ledger: the same step twice in the file. */
    static Refusal duplicateStep(ImportLine line) {
        return of(line, "duplicate-source-step", null, "source step " + line.sourceStepId() + " of " + line.source()
                + " is in the file more than once");
    }

    /** What the command side said when it refused the line's command, as the HTTP API would say it. */
    static Refusal refused(ImportLine line, Throwable failure) {
        Throwable cause = failure;
        while (cause instanceof CommandExecutionException && cause.getCause() != null) {
            cause = cause.getCause();
        }
        return switch (cause) {
            case CodeRuleBroken broken -> of(line, broken.rule(), broken.provision(), broken.getMessage());
            case DataSubjectErased erased -> of(line, erased.rule(), DataSubjectErased.PROVISION, erased.getMessage());
            case InvalidRequest invalid -> of(line, INVALID, null, invalid.detail());
            case InvalidField invalid -> of(line, INVALID, null, invalid.field() + " " + invalid.reason());
            case JSR303ViolationException violations -> of(line, INVALID, null, String.join("; ",
                    violations.getViolations().stream()
                            .sorted(Comparator.comparing((ConstraintViolation<Object> v) -> v.getPropertyPath().toString()))
                            .map(v -> v.getPropertyPath() + " " + v.getMessage()).toList()));
            case AggregateNotFoundException unknown -> of(line, "unknown-complaint", null, "no complaint for source "
                    + "complaint " + line.sourceComplaintId() + " on the ledger: its first step must log it");
            case NotOnRecord notOnRecord -> of(line, "not-on-record", null, notOnRecord.getMessage());
            default -> of(line, "refused", null, String.valueOf(cause.getMessage()));
        };
    }

    private static Refusal of(ImportLine line, String rule, String provision, String message) {
        return new Refusal(line.number(), line.source(), line.sourceComplaintId(), line.sourceStepId(), line.kind(),
                rule, provision, message);
    }
}
