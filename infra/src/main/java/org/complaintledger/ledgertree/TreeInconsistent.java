package org.complaintledger.ledgertree;

/**
 * The stored tree is not as the ledger left it (a subtree or leaf missing or extra, a root that no longer matches a
 * signed checkpoint): nothing more is admitted or signed until it is looked into. The self-check names it too.
 */
public class TreeInconsistent extends RuntimeException {

    public TreeInconsistent(String message) {
        super(message);
    }
}
