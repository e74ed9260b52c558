package org.complaintledger.benchmark;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The command mix, shared by every phase so that follow-up commands land on complaints the ledger really holds:
 * one in five commands logs a new complaint, one in five acknowledges stage 1 of a complaint logged earlier and not
 * yet acknowledged, three in five record correspondence on a complaint picked at random from all logged so far.
 * Each complaint therefore carries a handful of events on average, as a live ledger's open complaints do.
 */
final class Workload {

    /** About 300 characters, like a resident's own account of a repair that was not done. */
    static final String DESCRIPTION = "The bathroom extractor fan has not worked since March and black mould is "
            + "spreading across the ceiling and behind the bath panel. I reported it twice by phone (references given "
            + "to the call handler) and an operative visited once but left saying a part had to be ordered. Nobody "
            + "has been back and my daughter's asthma is worse.";

    static final String SUMMARY = "Resident phoned to chase the repair; told the part is on order and a visit will "
            + "be booked within 5 working days. Resident unhappy with the delay and asked for it to be noted.";

    enum Kind { LOG, ACKNOWLEDGE, CORRESPOND }

    /** One command to send; {@code complaintId} is the new complaint's id for LOG (the gateway path chooses it). */
    record Operation(Kind kind, String complaintId) {
    }

    /** Sends one operation through some door of the ledger and returns the complaint id it concerned. */
    interface Client {
        String execute(Operation operation) throws Exception;
    }

    private final ConcurrentLinkedQueue<String> unacknowledged = new ConcurrentLinkedQueue<>();
    private final List<String> logged = new ArrayList<>();

    Operation next() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        int slot = random.nextInt(5);
        if (slot == 1) {
            String id = unacknowledged.poll();
            if (id != null) {
                return new Operation(Kind.ACKNOWLEDGE, id);
            }
        } else if (slot >= 2) {
            String id = randomLogged(random);
            if (id != null) {
                return new Operation(Kind.CORRESPOND, id);
            }
        }
        return new Operation(Kind.LOG, UUID.randomUUID().toString());
    }

    void completed(Operation operation, String complaintId) {
        if (operation.kind() == Kind.LOG) {
            synchronized (logged) {
                logged.add(complaintId);
            }
            unacknowledged.add(complaintId);
        }
    }

    int complaints() {
        synchronized (logged) {
            return logged.size();
        }
    }

    private String randomLogged(ThreadLocalRandom random) {
        synchronized (logged) {
            return logged.isEmpty() ? null : logged.get(random.nextInt(logged.size()));
        }
    }
}
