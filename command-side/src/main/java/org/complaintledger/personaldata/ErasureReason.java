package org.complaintledger.personaldata;

/** Why a data subject's personal data is erased. */
public enum ErasureReason {

    /** The data subject asked for it: the right to erasure (UK GDPR Art. 17). */
    ERASURE_REQUEST,

    /** The landlord's retention period for the data ended (UK GDPR Art. 5(1)(e), storage limitation). */
    RETENTION_ENDED
}
