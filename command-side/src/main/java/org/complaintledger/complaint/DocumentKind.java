package org.complaintledger.complaint;

/** Supporting documentation kept with the complaint (5.12: "reports or surveys"). */
public enum DocumentKind { REPORT, SURVEY, PHOTOGRAPH, LETTER, EVIDENCE, OTHER }
