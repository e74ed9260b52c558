package org.complaintledger.code;

/**
 * The working-day limits of one stage under one version of the Code.
 *
 * @param acknowledgementWorkingDays   from receipt (stage 1) or the escalation request (later stages)
 * @param responseWorkingDays          from {@code responseClock}
 * @param responseClock                which step starts the response clock: the 2024 Code counts from the
 *                                     acknowledgement (6.3, 6.14); the 2022 Code counted stage 2 from the request
 * @param extensionWithoutGoodReason   the longest extension allowed without a good reason (6.4, 6.15)
 */
public record StageTimescale(int acknowledgementWorkingDays,
                             int responseWorkingDays,
                             ResponseClock responseClock,
                             int extensionWithoutGoodReason) {

    public enum ResponseClock { FROM_ACKNOWLEDGEMENT, FROM_REQUEST }
}
