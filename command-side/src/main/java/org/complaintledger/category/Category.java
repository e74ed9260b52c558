package org.complaintledger.category;

/** One category of complaint in the taxonomy: a stable code that reports count by, and its label for people (9.4). */
public record Category(String code, String label) {
}
