package org.complaintledger.http;

import jakarta.validation.ConstraintViolation;
import java.net.URI;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.axonframework.eventsourcing.IncompatibleAggregateException;
import org.axonframework.messaging.interceptors.JSR303ViolationException;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.complaintledger.category.UnknownCategory;
import org.complaintledger.code.CodeRuleBroken;
import org.complaintledger.code.InvalidField;
import org.complaintledger.code.NotOnRecord;
import org.complaintledger.deadletters.UnknownProcessingGroup;
import org.complaintledger.personaldata.DataSubjectErased;
import org.complaintledger.personaldata.KeyStoreUnavailable;
import org.complaintledger.reports.asat.RebuildsBusy;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Every refusal as RFC 9457 problem details: 400 names each field and the rule it broke, 404 an unknown
 * complaint or item, 409 a rule of the Code or of the complaint's order of steps, with its provision (or a rule of
 * UK GDPR about an erased data subject), 503 when the keys of personal data cannot be reached. A request that cannot
 * be read at all (its body, its parameters) is {@link RequestProblems}'.
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class LedgerProblems {

    record FieldError(String field, String rule) {
    }

    @ExceptionHandler(JSR303ViolationException.class)
    ProblemDetail invalidCommand(JSR303ViolationException e) {
        return invalid(e.getViolations().stream()
                .sorted(Comparator.comparing((ConstraintViolation<Object> v) -> v.getPropertyPath().toString()))
                .map(v -> new FieldError(v.getPropertyPath().toString(), v.getMessage()))
                .toList());
    }

    @ExceptionHandler(InvalidField.class)
    ProblemDetail invalidField(InvalidField e) {
        return invalid(List.of(new FieldError(e.field(), e.reason())));
    }

    /** 9.4: the category must come from the taxonomy; the problem lists the codes allowed. */
    @ExceptionHandler(UnknownCategory.class)
    ProblemDetail unknownCategory(UnknownCategory e) {
        ProblemDetail problem = invalidField(e);
        problem.setProperty("taxonomyVersion", e.taxonomyVersion());
        problem.setProperty("allowed", e.allowed());
        return problem;
    }

    @ExceptionHandler(CodeRuleBroken.class)
    ProblemDetail ruleBroken(CodeRuleBroken e) {
        ProblemDetail problem = problem(HttpStatus.CONFLICT, "rule/" + e.rule(), "A rule of the complaint's handling was broken",
                e.getMessage());
        problem.setProperty("rule", e.rule());
        if (e.provision() != null) {
            problem.setProperty("provision", e.provision());
        }
        return problem;
    }

    @ExceptionHandler(AggregateNotFoundException.class)
    ProblemDetail unknownComplaint(AggregateNotFoundException e) {
        return problem(HttpStatus.NOT_FOUND, "unknown-complaint", "No such complaint",
                "no complaint " + e.getAggregateIdentifier() + " on the ledger");
    }

    /** The id names another kind of record (a complaint's id given as an investigator grant's, or the reverse). */
    @ExceptionHandler(IncompatibleAggregateException.class)
    ProblemDetail anotherKindOfRecord(IncompatibleAggregateException e) {
        return problem(HttpStatus.NOT_FOUND, "not-on-record", "Not on the complaint's record",
                "the id in the path names another kind of record on the ledger, not one this step acts on");
    }

    @ExceptionHandler(UnknownProcessingGroup.class)
    ProblemDetail unknownProcessingGroup(UnknownProcessingGroup e) {
        return problem(HttpStatus.NOT_FOUND, "unknown-processing-group", "No such processing group", e.getMessage());
    }

    @ExceptionHandler(NotOnRecord.class)
    ProblemDetail notOnRecord(NotOnRecord e) {
        return problem(HttpStatus.NOT_FOUND, "not-on-record", "Not on the record", e.getMessage());
    }

    @ExceptionHandler(ConcurrencyException.class)
    ProblemDetail concurrentChange(ConcurrencyException e) {
        return problem(HttpStatus.CONFLICT, "concurrent-change", "The complaint changed meanwhile",
                "another step was recorded on this complaint at the same moment; read its record and try again");
    }

    @ExceptionHandler(IdempotencyKeyReused.class)
    ProblemDetail keyReused(IdempotencyKeyReused e) {
        return problem(HttpStatus.UNPROCESSABLE_CONTENT, "idempotency-key-reused", "Idempotency-Key reused", e.getMessage());
    }

    @ExceptionHandler(DataSubjectErased.class)
    ProblemDetail dataSubjectErased(DataSubjectErased e) {
        ProblemDetail problem = problem(HttpStatus.CONFLICT, "rule/" + e.rule(), "The data subject was erased",
                e.getMessage());
        problem.setProperty("rule", e.rule());
        problem.setProperty("provision", DataSubjectErased.PROVISION);
        problem.setProperty("dataSubjectId", e.dataSubjectId());
        return problem;
    }

    /** Personal data can be neither sealed nor opened without the keys: a temporary failure, not the caller's. */
    @ExceptionHandler(KeyStoreUnavailable.class)
    ProblemDetail keyStoreUnavailable(KeyStoreUnavailable e) {
        return problem(HttpStatus.SERVICE_UNAVAILABLE, "key-store-unavailable", "The key store is unavailable",
                "the keys that seal and open personal data cannot be reached, so nothing was recorded or read; "
                        + "try again later");
    }

    /** Reports as at a past instant are rebuilt a few at a time: a temporary refusal, not the caller's mistake. */
    @ExceptionHandler(RebuildsBusy.class)
    ResponseEntity<ProblemDetail> rebuildsBusy(RebuildsBusy e) {
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
                .header(HttpHeaders.RETRY_AFTER, String.valueOf(RebuildsBusy.RETRY_AFTER_SECONDS))
                .body(problem(HttpStatus.SERVICE_UNAVAILABLE, "reports-busy", "Reports as at a past instant are busy",
                        e.getMessage()));
    }

    static ProblemDetail invalid(List<FieldError> errors) {
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "invalid-request", "The request is not valid",
                errors.stream().map(f -> f.field() + " " + f.rule()).reduce((a, b) -> a + "; " + b).orElse(""));
        problem.setProperty("errors", errors.stream().map(f -> Map.of("field", f.field(), "rule", f.rule())).toList());
        return problem;
    }

    static ProblemDetail problem(HttpStatus status, String type, String title, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(URI.create("urn:complaint-ledger:problem:" + type));
        problem.setTitle(title);
        return problem;
    }
}
