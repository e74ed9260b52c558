package org.complaintledger.access;

import static org.complaintledger.access.Role.ANALYST;
import static org.complaintledger.access.Role.GOVERNANCE;
import static org.complaintledger.access.Role.HANDLER;
import static org.complaintledger.access.Role.OFFICER;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.http.server.PathContainer;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

/**
 * The access table as the tests expect it, written out independently of {@link AccessRules}: every endpoint of the
 * application by method and path exactly as it is mapped. An endpoint it does not classify fails
 * {@link AccessMatrixTest}, so a new endpoint cannot go unclassified.
 */
final class AccessMatrix {

    /** Who may call: {@code open} to anyone, signed in or not; otherwise the roles listed, and no one else. */
    record Line(String method, String path, boolean area, boolean open, Set<Role> allowed) {

        boolean classifies(String method, String path) {
            if (!(this.method.equals("*") || this.method.equals(method))) {
                return false;
            }
            return area ? PATTERNS.parse(this.path).matches(PathContainer.parsePath(path)) : this.path.equals(path);
        }
    }

    private static final PathPatternParser PATTERNS = new PathPatternParser();

    static final List<Line> LINES = List.of(
            open("GET", "/actuator/health"),
            open("GET", "/actuator/prometheus"),
            open("GET", "/v3/api-docs"),
            open("GET", "/v3/api-docs.yaml"),
            open("GET", "/v3/api-docs/**"),
            // Published: the ledger's keys, checkpoints and proofs hold no personal data.
            open("GET", "/api/ledger/keys"),
            open("GET", "/api/ledger/checkpoints"),
            open("GET", "/api/ledger/checkpoints/latest"),
            open("GET", "/api/ledger/consistency"),
            open("GET", "/api/ledger/inclusion"),
            line("POST", "/api/ledger/checkpoints", OFFICER),
            // Spring's error page answers only the error dispatch of a request already let through.
            line("*", "/error"),

            line("POST", "/api/complaints", HANDLER, OFFICER),
            line("POST", "/api/complaints/{id}/refusal", OFFICER),
            line("POST", "/api/complaints/{id}/stages/{stage}/acknowledgement", HANDLER, OFFICER),
            line("POST", "/api/complaints/{id}/stages/{stage}/extension", HANDLER, OFFICER),
            line("POST", "/api/complaints/{id}/stages/{stage}/response", HANDLER, OFFICER),
            line("POST", "/api/complaints/{id}/escalation-request", HANDLER, OFFICER),
            line("POST", "/api/complaints/{id}/escalation-refusal", OFFICER),
            line("POST", "/api/complaints/{id}/take-on-instruction", OFFICER),
            line("POST", "/api/complaints/{id}/withdrawal", HANDLER, OFFICER),
            line("POST", "/api/complaints/{id}/issues", HANDLER, OFFICER),
            line("POST", "/api/complaints/{id}/correspondence", HANDLER, OFFICER),
            line("POST", "/api/complaints/{id}/documents", HANDLER, OFFICER),
            line("POST", "/api/complaints/{id}/update-interval", HANDLER, OFFICER),
            line("POST", "/api/complaints/{id}/remedies", HANDLER, OFFICER),
            line("POST", "/api/complaints/{id}/actions/{actionId}/completion", HANDLER, OFFICER),
            line("POST", "/api/complaints/{id}/ombudsman-referral", HANDLER, OFFICER),
            line("POST", "/api/complaints/{id}/ombudsman-determination", HANDLER, OFFICER),
            line("POST", "/api/complaints/{id}/ombudsman-orders/{orderId}/compliance", HANDLER, OFFICER),
            line("POST", "/api/complaints/{id}/ombudsman-handling-failures", HANDLER, OFFICER),
            // An investigator reads it too, but only under a grant: InvestigatorGrantHttpTest.
            line("GET", "/api/complaints/{id}/events", HANDLER, OFFICER),
            line("GET", "/api/complaints/{id}/record", HANDLER, OFFICER),
            line("GET", "/api/complaints/{id}/case-bundle", HANDLER, OFFICER),
            line("GET", "/api/due-steps", HANDLER, OFFICER),
            line("GET", "/api/categories", HANDLER, OFFICER, ANALYST, GOVERNANCE),
            line("POST", "/api/complaints/{id}/investigator-grants", OFFICER),
            line("GET", "/api/complaints/{id}/investigator-grants", OFFICER),
            line("POST", "/api/complaints/{id}/investigator-grants/{grantId}/revocation", OFFICER),

            line("POST", "/api/residents/{residentId}/adjustments", HANDLER, OFFICER),
            line("POST", "/api/residents/{residentId}/adjustments/{adjustmentId}/review", HANDLER, OFFICER),
            line("POST", "/api/residents/{residentId}/restrictions", HANDLER, OFFICER),
            line("POST", "/api/residents/{residentId}/restrictions/{restrictionId}/review", HANDLER, OFFICER),
            line("GET", "/api/residents/{residentId}/records", HANDLER, OFFICER),
            line("GET", "/api/residents/{residentId}/adjustments/{adjustmentId}", HANDLER, OFFICER),
            line("GET", "/api/residents/{residentId}/restrictions/{restrictionId}", HANDLER, OFFICER),
            line("GET", "/api/reviews-due", HANDLER, OFFICER),
            line("POST", "/api/learning", HANDLER, OFFICER),
            line("POST", "/api/learning/{id}/complaints", HANDLER, OFFICER),
            line("POST", "/api/learning/{id}/owner", HANDLER, OFFICER),
            line("POST", "/api/learning/{id}/due-date", HANDLER, OFFICER),
            line("POST", "/api/learning/{id}/delivery", HANDLER, OFFICER),
            line("GET", "/api/learning/{id}/events", HANDLER, OFFICER),
            line("POST", "/api/survey-dissatisfaction", HANDLER, OFFICER),
            line("POST", "/api/survey-dissatisfaction/{id}/told-how-to-complain", HANDLER, OFFICER),
            line("POST", "/api/survey-dissatisfaction/{id}/complaint", HANDLER, OFFICER),
            line("GET", "/api/survey-dissatisfaction/{id}/events", HANDLER, OFFICER),
            line("POST", "/api/landlord/homes-owned", OFFICER),
            line("POST", "/api/landlord/member-responsible-for-complaints", OFFICER),
            line("POST", "/api/landlord/governing-body", OFFICER),
            line("POST", "/api/landlord/governing-body/reports-received", OFFICER, GOVERNANCE),
            line("POST", "/api/landlord/governing-body/annual-report-responses", OFFICER, GOVERNANCE),
            line("POST", "/api/landlord/exceptional-circumstances", OFFICER),
            line("POST", "/api/landlord/exceptional-circumstances/{periodId}/end", OFFICER),
            line("POST", "/api/landlord/exceptional-circumstances/{periodId}/ombudsman-notification", OFFICER),
            line("POST", "/api/landlord/non-compliance-findings", OFFICER),
            line("POST", "/api/landlord/non-compliance-findings/{findingId}/orders/{orderId}/compliance", OFFICER),
            line("POST", "/api/landlord/closure-days", OFFICER),
            line("POST", "/api/landlord/closure-days/{day}/withdrawal", OFFICER),
            line("GET", "/api/landlord/closure-days", HANDLER, OFFICER),
            line("POST", "/api/data-subjects/{subjectId}/erasure", OFFICER),
            line("GET", "/api/retention/due", OFFICER),
            line("GET", "/api/retention/runs", OFFICER),
            line("POST", "/api/retention/runs", OFFICER),
            line("GET", "/api/analysis/complaints", ANALYST, OFFICER),
            line("GET", "/api/analysis/complaints.csv", ANALYST, OFFICER),
            line("GET", "/api/reports/complaint-counts", OFFICER, ANALYST, GOVERNANCE),
            line("GET", "/api/reports/tenant-satisfaction-measures", OFFICER, ANALYST, GOVERNANCE),
            line("GET", "/api/reports/self-assessment-evidence", OFFICER, ANALYST, GOVERNANCE),
            line("GET", "/api/reports/annual", OFFICER, ANALYST, GOVERNANCE),
            line("GET", "/api/reports/governing-body-update", OFFICER, ANALYST, GOVERNANCE),
            line("GET", "/api/parked-events", OFFICER),
            line("POST", "/api/parked-events/{processingGroup}/retry", OFFICER),
            line("POST", "/api/parked-events/{processingGroup}/sequences/{sequenceId}/retry", OFFICER),
            line("GET", "/api/ledger/self-check", OFFICER),
            line("POST", "/api/ledger/self-check", OFFICER),
            line("GET", "/api/event-stream", OFFICER),
            line("POST", "/api/event-stream/replay", OFFICER),
            // Rebuilding read models replaces tables every report reads: the officer's decision.
            line("GET", "/api/read-models", OFFICER),
            line("POST", "/api/read-models/rebuilds", OFFICER),
            line("GET", "/api/read-models/rebuilds/latest", OFFICER),
            line("GET", "/api/read-models/rebuilds/{id}", OFFICER));

    private AccessMatrix() {
    }

    static Optional<Line> classify(String method, String path) {
        return LINES.stream().filter(line -> line.classifies(method, path)).findFirst();
    }

    private static Line open(String method, String path) {
        return new Line(method, path, path.endsWith("/**"), true, Set.of());
    }

    private static Line line(String method, String path, Role... allowed) {
        return new Line(method, path, false, false, roles(allowed));
    }

    private static Set<Role> roles(Role... allowed) {
        return allowed.length == 0 ? Set.of() : EnumSet.of(allowed[0], allowed);
    }
}
