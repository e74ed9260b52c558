package org.complaintledger.complaint;

/** The section 2 grounds on which a complaint, or its escalation (5.11), may be refused. */
public enum RefusalReason { MORE_THAN_12_MONTHS, LEGAL_PROCEEDINGS, ALREADY_CONSIDERED, OTHER }
