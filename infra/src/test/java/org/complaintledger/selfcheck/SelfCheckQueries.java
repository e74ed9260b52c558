package org.complaintledger.selfcheck;

/** The self-check's event query and its memory setting, for the benchmark to time reading alone. */
public final class SelfCheckQueries {

    public static final String EVENTS = EventPass.SELECT;
    public static final String JOIN_MEMORY = EventPass.JOIN_MEMORY;

    private SelfCheckQueries() {
    }
}
