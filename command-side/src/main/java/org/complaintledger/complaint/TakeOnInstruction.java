package org.complaintledger.complaint;

/** Who told the landlord to take on a complaint, or an escalation, it had refused (2.4, 5.11). */
public enum TakeOnInstruction {
    /** The Ombudsman did not agree that the exclusion was fairly applied (2.4). */
    HOUSING_OMBUDSMAN,
    /** The landlord itself, reviewing its refusal. */
    LANDLORD_REVIEW
}
