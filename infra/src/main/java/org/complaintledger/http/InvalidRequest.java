package org.complaintledger.http;

import java.util.List;

/** A request with one or more invalid fields, each named with the rule it broke: all of them, not the first. */
public class InvalidRequest extends RuntimeException {

    private final transient List<LedgerProblems.FieldError> errors;

    InvalidRequest(List<LedgerProblems.FieldError> errors) {
        super(errors.toString());
        this.errors = List.copyOf(errors);
    }

    List<LedgerProblems.FieldError> errors() {
        return errors;
    }

    /** Each invalid field and the rule it broke, as the problem's detail says them. */
    public String detail() {
        return String.join("; ", errors.stream().map(e -> e.field() + " " + e.rule()).toList());
    }
}
