package org.complaintledger.personaldata;

/**
 * A command met a data subject who was already forgotten: nothing is appended. New personal data about them
 * could never be read (their key is gone), and an erasure cannot happen twice.
 */
public class DataSubjectErased extends RuntimeException {

    /** Where the rule comes from, for the caller. */
    public static final String PROVISION = "UK GDPR Art. 17";

    private final String dataSubjectId;
    private final String rule;

    private DataSubjectErased(String dataSubjectId, String rule, String message) {
        super(message + " (" + PROVISION + ")");
        this.dataSubjectId = dataSubjectId;
        this.rule = rule;
    }

    /** A step carrying personal data about a subject whose key is destroyed. */
    public static DataSubjectErased personalDataRefused(String dataSubjectId) {
        return new DataSubjectErased(dataSubjectId, "data-subject-erased", "data subject '" + dataSubjectId
                + "' was erased: the ledger keeps no new personal data about them; send the step without it");
    }

    /** A second erasure of the same subject. */
    public static DataSubjectErased alreadyForgotten(String dataSubjectId) {
        return new DataSubjectErased(dataSubjectId, "data-subject-already-erased",
                "data subject '" + dataSubjectId + "' was already erased");
    }

    public String dataSubjectId() {
        return dataSubjectId;
    }

    /** A short stable name of the rule, as {@code CodeRuleBroken#rule()}. */
    public String rule() {
        return rule;
    }
}
