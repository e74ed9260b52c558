package org.complaintledger.landlord.context;

/** What the MRC and the governing body must receive as a minimum (9.7 a-d). */
public enum ReportKind {
    /** 9.7a: volume, categories and outcomes of complaints, with complaint handling performance. */
    PERFORMANCE_UPDATE,
    /** 9.7b: a review of issues and trends arising from complaint handling. */
    ISSUES_AND_TRENDS_REVIEW,
    /** 9.7c: outcomes of the Ombudsman's investigations and progress on orders. */
    OMBUDSMAN_OUTCOMES_UPDATE,
    /** 9.7d, 8.1, 8.2: the annual complaints performance and service improvement report, for one financial year. */
    ANNUAL_COMPLAINTS_PERFORMANCE_REPORT
}
