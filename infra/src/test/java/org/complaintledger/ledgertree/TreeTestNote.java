package org.complaintledger.ledgertree;

/** The payload of events the tree's tests write straight into the event table: no personal data, no projection's. */
public record TreeTestNote(String text) {
}
