package org.complaintledger.complaint;

import static org.complaintledger.code.Stage.ONE;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import org.complaintledger.code.CodeRuleBroken;
import org.complaintledger.code.CodeVersion;
import org.complaintledger.code.HandlerRule;
import org.complaintledger.code.InvalidField;
import org.complaintledger.code.Stage;
import org.complaintledger.code.StageTimescale;
import org.complaintledger.code.Timescales;

/**
 * What a complaint's decisions rest on, rebuilt from its events, and the checks several steps share.
 * {@link #advance} is the one place it changes, so replay always rebuilds the complaint as it was decided on.
 */
final class ComplaintState {

    private String codeVersion;
    private Instant lastStepAt;
    private boolean beyondRefusalWindow;
    private boolean windowDiscretionUsed;
    private Stage finalStage;
    private boolean refused;
    private boolean withdrawn;
    private boolean referralOpen;
    private final TreeMap<Stage, StageProgress> stages = new TreeMap<>();
    /** Who handled or signed each stage, kept when a refused stage is taken on afresh (6.13). */
    private final TreeMap<Stage, List<String>> hands = new TreeMap<>();
    final Commitments actions = new Commitments("action");
    final Commitments orders = new Commitments("order");
    final OmbudsmanFindings findings = new OmbudsmanFindings();

    void advance(ComplaintEvent event) {
        switch (event) {
            case ComplaintLogged e -> {
                codeVersion = e.codeVersion();
                beyondRefusalWindow = e.beyondRefusalWindow();
                windowDiscretionUsed = e.windowDiscretion() != null;
                finalStage = e.finalStage();
                stages.put(ONE, StageProgress.opened(ONE, e.occurredAt(), e.acknowledgementDue(), null));
            }
            case ComplaintRefused e -> refused = true;
            case ComplaintTakenOn e -> {
                refused = false;
                stages.put(e.stage(), StageProgress.opened(e.stage(), e.occurredAt(), e.acknowledgementDue(), e.responseDue()));
            }
            case StageAcknowledged e -> {
                stages.computeIfPresent(e.stage(), (s, p) -> p.acknowledgedBy(e.handler(), e.occurredAt(), e.responseDue()));
                handled(e.stage(), e.handler());
            }
            case StageExtended e -> stages.computeIfPresent(e.stage(),
                    (s, p) -> p.extendedTo(e.responseDue(), e.withinLimitOrWithGoodReason()));
            case StageResponseIssued e -> {
                stages.computeIfPresent(e.stage(), (s, p) -> p.answered());
                handled(e.stage(), e.respondedBy());
                e.remediesOffered().forEach(r -> actions.add(r.actionId(), r.dueBy()));
                e.outstandingActions().forEach(a -> actions.add(a.actionId(), a.dueBy()));
            }
            case EscalationRequested e -> stages.put(e.toStage(),
                    StageProgress.opened(e.toStage(), e.occurredAt(), e.acknowledgementDue(), e.responseDue()));
            case EscalationRefused e -> stages.computeIfPresent(e.toStage(), (s, p) -> p.escalationRefused());
            case IssueAdded e -> { /* folded into stage 1: nothing later steps decide on */ }
            case CorrespondenceRecorded e -> { /* on the record only */ }
            case DocumentAttached e -> { /* on the record only */ }
            case UpdateIntervalAgreed e -> { /* on the record only */ }
            case RemedyOffered e -> actions.add(e.remedy().actionId(), e.remedy().dueBy());
            case ActionCompleted e -> actions.complete(e.actionId());
            case ComplaintWithdrawn e -> withdrawn = true;
            case ReferredToOmbudsman e -> referralOpen = true;
            case OmbudsmanDetermined e -> {
                referralOpen = false;
                e.findings().forEach(f -> findings.add(f.findingId()));
                e.orders().forEach(o -> orders.add(o.orderId(), o.dueBy()));
            }
            case ComplaintHandlingFailureFound e -> {
                findings.add(e.findingId());
                e.orders().forEach(o -> orders.add(o.orderId(), o.dueBy()));
            }
            case OmbudsmanOrderComplied e -> orders.complete(e.orderId());
        }
        if (isLifecycleStep(event)) {
            lastStepAt = event.occurredAt();
        }
    }

    /** Steps of the complaint's life, as opposed to things kept on its record, which may concern any time. */
    private static boolean isLifecycleStep(ComplaintEvent event) {
        return switch (event) {
            case ComplaintLogged e -> true;
            case ComplaintRefused e -> true;
            case ComplaintTakenOn e -> true;
            case StageAcknowledged e -> true;
            case StageExtended e -> true;
            case StageResponseIssued e -> true;
            case EscalationRequested e -> true;
            case EscalationRefused e -> true;
            case IssueAdded e -> true;
            case ComplaintWithdrawn e -> true;
            default -> false;
        };
    }

    CodeVersion code(Timescales time) {
        return time.version(codeVersion);
    }

    /** What the complaint's Code says of {@code stage}. */
    StageTimescale timescale(Stage stage, Timescales time) {
        return code(time).timescale(stage);
    }

    /** The final stage of the procedure the complaint follows, decided when it was logged (2022 5.17). */
    Stage finalStage() {
        return finalStage;
    }

    boolean beyondRefusalWindow() {
        return beyondRefusalWindow;
    }

    boolean windowDiscretionUsed() {
        return windowDiscretionUsed;
    }

    boolean referralOpen() {
        return referralOpen;
    }

    StageProgress stageOne() {
        return stages.get(ONE);
    }

    StageProgress latestStage() {
        return stages.lastEntry().getValue();
    }

    /** Whether {@code stage} is the complaint's last: its response is the final one (6.19, 5.3; 2022 5.17). */
    boolean isFinalStage(Stage stage) {
        return stage == finalStage;
    }

    /** The stage a refusal closed: stage 1 for a refused complaint, else the stage whose escalation was refused. */
    Stage refusedStage() {
        if (withdrawn) {
            throw new CodeRuleBroken("complaint-withdrawn", null, "the complaint was withdrawn");
        }
        if (refused) {
            return ONE;
        }
        if (latestStage().refused()) {
            return latestStage().stage();
        }
        throw new CodeRuleBroken("nothing-refused", null,
                "neither the complaint nor its escalation was refused: there is nothing to take on");
    }

    /**
     * 6.13 (2022 5.12): whoever handles or signs a stage must not have handled or signed an earlier one, where the
     * complaint's Code says so of that stage.
     */
    void requireNotInvolvedEarlier(Stage stage, String person, Timescales time) {
        if (!(timescale(stage, time).handler() instanceof HandlerRule.NotAnEarlierStagesHandler rule)) {
            return;
        }
        hands.headMap(stage).forEach((earlier, people) -> {
            if (people.stream().anyMatch(p -> p.strip().equalsIgnoreCase(person.strip()))) {
                throw new CodeRuleBroken("stage-handler-must-differ", rule.provision(), person + " handled or signed "
                        + "the complaint at stage " + earlier.number() + " and cannot consider it at stage "
                        + stage.number());
            }
        });
    }

    private void handled(Stage stage, String person) {
        if (person != null) {   // responses recorded before respondedBy existed name nobody
            hands.computeIfAbsent(stage, s -> new ArrayList<>()).add(person);
        }
    }

    /** When a step of the complaint's life happened: in order, never before the step it follows. */
    Instant step(ComplaintCommand cmd, Timescales time) {
        Instant at = onRecord(cmd, time);
        if (at.isBefore(lastStepAt)) {
            throw new InvalidField("occurredAt", "must not be before the complaint's previous step, at " + lastStepAt);
        }
        return at;
    }

    /** When something kept on the record (5.12) happened; it may concern any time. */
    Instant onRecord(ComplaintCommand cmd, Timescales time) {
        return time.occurrence(cmd.occurredAt(), cmd.backdatingReason(), code(time));
    }

    void requireOpen() {
        if (refused) {
            throw new CodeRuleBroken("complaint-refused", null, "the complaint was not accepted");
        }
        if (withdrawn) {
            throw new CodeRuleBroken("complaint-withdrawn", null, "the complaint was withdrawn");
        }
    }

    /** A stage the complaint's procedure has, which the resident asked for (or stage 1), not refused. */
    StageProgress requested(Stage stage, Timescales time) {
        if (stage.compareTo(finalStage) > 0) {
            throw new CodeRuleBroken("no-such-stage", code(time).stagesProvision(), "the procedure this complaint follows "
                    + "under the " + codeVersion + " Code has no stage " + stage.number());
        }
        StageProgress progress = stages.get(stage);
        if (progress == null) {
            throw new CodeRuleBroken("stage-not-requested", timescale(stage, time).escalation().requestProvision(),
                    "the resident has not asked to escalate to stage " + stage.number());
        }
        if (progress.refused()) {
            throw new CodeRuleBroken("escalation-refused", timescale(stage, time).escalation().refusalProvision(),
                    "escalation to stage " + stage.number() + " was refused");
        }
        return progress;
    }

    /**
     * A stage whose response clock runs and which is not yet responded to: the only time it can be extended or
     * answered. The clock starts at the acknowledgement (2024 6.3, 6.14; 2022 5.1) or at the request (2022 5.13, 5.18).
     */
    StageProgress awaitingResponse(Stage stage, Timescales time) {
        StageProgress progress = requested(stage, time);
        if (!progress.responseClockRunning()) {
            throw new CodeRuleBroken("stage-not-acknowledged", timescale(stage, time).acknowledgement().provision(),
                    "stage " + stage.number() + " must be acknowledged first");
        }
        if (progress.responded()) {
            throw new CodeRuleBroken("stage-already-responded", null,
                    "stage " + stage.number() + " has already been responded to");
        }
        return progress;
    }
}
