package org.complaintledger.deadletters;

/**
 * What a retry did: {@code sequencesRetried} sequences were taken in turn, {@code sequencesCleared} of them processed
 * every parked event, and {@code stillParked} events of the group remain parked.
 */
public record RetryOutcome(String processingGroup, int sequencesRetried, int sequencesCleared, long stillParked) {
}
