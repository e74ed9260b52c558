package org.complaintledger.complaint;

/** The kinds of remedy the Code names (7.1). */
public enum RemedyType { APOLOGY, EXPLANATION, ACTION, FINANCIAL, RECORD_CORRECTION, POLICY_CHANGE }
