package org.complaintledger.personaldata;

/** Why a data subject's personal data is erased. */
public enum ErasureReason { ERASURE_REQUEST, RETENTION_ENDED }
