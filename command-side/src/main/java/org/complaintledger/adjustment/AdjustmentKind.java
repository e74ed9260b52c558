package org.complaintledger.adjustment;

/** What the record is of: the Code asks for a record of both (5.10). */
public enum AdjustmentKind {
    /** A disability the resident disclosed. */
    DISABILITY_DISCLOSED,
    /** A reasonable adjustment agreed with the resident (Equality Act 2010). */
    ADJUSTMENT_AGREED
}
