package org.complaintledger.complaint;

import java.util.Locale;
import org.complaintledger.code.CodeRuleBroken;
import org.complaintledger.code.Timescales;

/**
 * What a stage's response must say beyond its required fields, judged against the complaint's record: a finding of
 * fault comes with something to put it right, and the final response tells the resident of the Housing Ombudsman.
 */
final class ResponseContents {

    private ResponseContents() {
    }

    static void require(IssueResponse cmd, ComplaintState state, Timescales time) {
        if (cmd.decision().findsFault() && cmd.remediesOffered().isEmpty() && cmd.outstandingActions().isEmpty()
                && !state.actions.any()) {
            // 7.1, 5.13: remedies may be offered at any point, so those already on the record count
            throw new CodeRuleBroken("fault-without-remedy", "7.1", "a decision that finds fault must set out what "
                    + "will put things right, but no remedy or action is offered or on the record");
        }
        if (state.isFinalStage(cmd.stage()) && !namesTheOmbudsman(cmd.escalationRoute())) {
            // 6.19; 2022 5.16 (stage 2) and 5.20 (stage 3)
            throw new CodeRuleBroken("final-response-without-ombudsman",
                    state.timescale(cmd.stage(), time).response().contentsProvision(), "a final response must tell the "
                    + "resident how to take the complaint to the Housing Ombudsman: escalationRoute does not name it");
        }
    }

    private static boolean namesTheOmbudsman(String escalationRoute) {
        return escalationRoute.toLowerCase(Locale.ROOT).contains("housing ombudsman");
    }
}
