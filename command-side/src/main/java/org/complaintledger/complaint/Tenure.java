package org.complaintledger.complaint;

/**
 * The tenure of the home a complaint is about. The Tenant Satisfaction Measures report complaints per 1,000 homes
 * separately for low-cost rental and low-cost home ownership (TSM CH01). Complaints logged before the ledger asked
 * for it have none: "not recorded".
 */
public enum Tenure { LOW_COST_RENTAL, LOW_COST_HOME_OWNERSHIP }
