package org.complaintledger.code;

/**
 * A command that would break a rule of the Code or the order of the complaint's life. Nothing is
 * appended; the caller is told the rule and the provision it comes from.
 */
public class CodeRuleBroken extends RuntimeException {

    private final String rule;
    private final String provision;

    public CodeRuleBroken(String rule, String provision, String message) {
        super(message + (provision == null ? "" : " (Code " + provision + ")"));
        this.rule = rule;
        this.provision = provision;
    }

    /** A short stable name of the rule, e.g. {@code stage-two-handler-must-differ}. */
    public String rule() {
        return rule;
    }

    /** The provision of the Code the rule comes from, or null for the ledger's own order of steps. */
    public String provision() {
        return provision;
    }
}
