package org.complaintledger.ledgertree;

import java.net.URI;
import java.util.List;
import java.util.function.Supplier;
import org.complaintledger.code.InvalidField;
import org.complaintledger.proof.Checkpoint;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The ledger's signing keys, checkpoints and proofs (docs/api.md, "The provable record"): published, as they hold no
 * personal data, so that anyone holding a checkpoint can check it without an account of the ledger.
 */
@RestController
class LedgerTreeController {

    static final int MAX_PAGE_SIZE = 1000;
    /** event_identifier is VARCHAR(255). */
    private static final int MAX_EVENT_ID = 255;

    private final LedgerSigningKeys keys;
    private final LedgerCheckpoints checkpoints;
    private final LedgerProofs proofs;

    LedgerTreeController(LedgerSigningKeys keys, LedgerCheckpoints checkpoints, LedgerProofs proofs) {
        this.keys = keys;
        this.checkpoints = checkpoints;
        this.proofs = proofs;
    }

    @GetMapping("/api/ledger/keys")
    LedgerTreeAnswers.Keys keys() {
        return new LedgerTreeAnswers.Keys(keys.all().stream().map(LedgerTreeAnswers.Key::of).toList());
    }

    @GetMapping("/api/ledger/checkpoints")
    LedgerTreeAnswers.Checkpoints checkpoints(@RequestParam(defaultValue = "0") int page,
                                              @RequestParam(defaultValue = "100") int size) {
        if (page < 0) {
            throw new InvalidField("page", "must not be negative; pages are numbered from 0");
        }
        if (size < 1 || size > MAX_PAGE_SIZE) {
            throw new InvalidField("size", "must be 1 to " + MAX_PAGE_SIZE);
        }
        return LedgerTreeAnswers.Checkpoints.of(checkpoints.page(page, size));
    }

    @GetMapping("/api/ledger/checkpoints/latest")
    LedgerTreeAnswers.CheckpointAnswer latest() {
        return LedgerTreeAnswers.CheckpointAnswer.of(latestCheckpoint());
    }

    /** Signs a checkpoint now: 201 with it, or 200 with the latest when the tree has not grown since. */
    @PostMapping("/api/ledger/checkpoints")
    ResponseEntity<LedgerTreeAnswers.CheckpointAnswer> signNow() {
        LedgerCheckpoints.Signed signed = checkpoints.signNow().orElseThrow(() -> new Unanswerable(HttpStatus.CONFLICT,
                "nothing-to-checkpoint", "The ledger has no events to sign a checkpoint of yet"));
        return ResponseEntity.status(signed.isNew() ? HttpStatus.CREATED : HttpStatus.OK)
                .body(LedgerTreeAnswers.CheckpointAnswer.of(signed.checkpoint()));
    }

    @GetMapping("/api/ledger/consistency")
    LedgerTreeAnswers.Consistency consistency(@RequestParam long from, @RequestParam long to) {
        if (from < 1) {
            throw new InvalidField("from", "must be 1 or more");
        }
        if (from > to) {
            throw new InvalidField("from", "must not be above to");
        }
        Checkpoint first = checkpointOfSize("from", from);
        Checkpoint second = checkpointOfSize("to", to);
        List<byte[]> proof = fromTheStoredTree(() -> proofs.consistency(from, to));
        return new LedgerTreeAnswers.Consistency(from, to, first.rootHashHex(), second.rootHashHex(),
                LedgerTreeAnswers.hex(proof));
    }

    /** The audit path of an event in a checkpoint's tree: the one of {@code treeSize} leaves, or the latest. */
    @GetMapping("/api/ledger/inclusion")
    LedgerTreeAnswers.Inclusion inclusion(@RequestParam String event, @RequestParam(required = false) Long treeSize) {
        if (event.isEmpty() || event.length() > MAX_EVENT_ID) {
            throw new InvalidField("event", "must be an event identifier of 1 to " + MAX_EVENT_ID + " characters");
        }
        if (treeSize != null && treeSize < 1) {
            throw new InvalidField("treeSize", "must be 1 or more");
        }
        Checkpoint checkpoint = treeSize == null ? latestCheckpoint() : checkpointOfSize("treeSize", treeSize);
        LedgerProofs.Leaf leaf = proofs.leafOf(event).orElseThrow(() -> new Unanswerable(HttpStatus.NOT_FOUND,
                "not-in-tree", "event " + event + " is not in the ledger's tree: no such event, not admitted yet, "
                + "or refused admission"));
        if (leaf.leafIndex() >= checkpoint.treeSize()) {
            throw new Unanswerable(HttpStatus.NOT_FOUND, "not-in-tree", "event " + event + " was admitted as leaf "
                    + leaf.leafIndex() + ", after the checkpoint of " + checkpoint.treeSize() + " leaves: ask for a "
                    + "later checkpoint");
        }
        return LedgerTreeAnswers.Inclusion.of(fromTheStoredTree(() -> proofs.inclusion(leaf, checkpoint.treeSize())),
                checkpoint);
    }

    @ExceptionHandler(Unanswerable.class)
    ProblemDetail refused(Unanswerable e) {
        return problem(e.status, e.type, e.getMessage());
    }

    /** The stored tree no longer agrees with what was signed: nothing is signed until that is looked into. */
    @ExceptionHandler(TreeInconsistent.class)
    ProblemDetail inconsistent(TreeInconsistent e) {
        return problem(HttpStatus.CONFLICT, "tree-inconsistent", e.getMessage());
    }

    /**
     * Every size and leaf asked for was checked against the checkpoints first, so a proof the stored tree cannot give
     * (a checkpoint larger than the tree, a leaf beyond it) means the tree no longer agrees with what was signed.
     */
    private static <T> T fromTheStoredTree(Supplier<T> proof) {
        try {
            return proof.get();
        } catch (IllegalArgumentException e) {
            throw new TreeInconsistent("the stored tree cannot give this proof: " + e.getMessage());
        }
    }

    private Checkpoint latestCheckpoint() {
        return checkpoints.latest().orElseThrow(() -> new Unanswerable(HttpStatus.NOT_FOUND, "no-checkpoint",
                "no checkpoint has been signed yet"));
    }

    private Checkpoint checkpointOfSize(String field, long treeSize) {
        return checkpoints.ofSize(treeSize).orElseThrow(() -> new InvalidField(field,
                "must be the tree size of a signed checkpoint (GET /api/ledger/checkpoints)"));
    }

    private static ProblemDetail problem(HttpStatus status, String type, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(URI.create("urn:complaint-ledger:problem:" + type));
        problem.setTitle(switch (type) {
            case "no-checkpoint" -> "No checkpoint";
            case "not-in-tree" -> "Not in the ledger's tree";
            case "nothing-to-checkpoint" -> "Nothing to sign";
            default -> "The ledger's tree is inconsistent";
        });
        return problem;
    }

    /** A request the tree cannot answer as asked. */
    private static final class Unanswerable extends RuntimeException {

        private final HttpStatus status;
        private final String type;

        Unanswerable(HttpStatus status, String type, String message) {
            super(message);
            this.status = status;
            this.type = type;
        }
    }
}
