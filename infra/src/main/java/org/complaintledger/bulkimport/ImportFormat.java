package org.complaintledger.bulkimport;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.complaintledger.complaint.AcknowledgeStage;
import org.complaintledger.complaint.AddIssue;
import org.complaintledger.complaint.AgreeUpdateInterval;
import org.complaintledger.complaint.AttachDocument;
import org.complaintledger.complaint.ComplaintCommand;
import org.complaintledger.complaint.CompleteAction;
import org.complaintledger.complaint.ExtendStage;
import org.complaintledger.complaint.IssueResponse;
import org.complaintledger.complaint.LogComplaint;
import org.complaintledger.complaint.OfferRemedy;
import org.complaintledger.complaint.RecordComplaintHandlingFailure;
import org.complaintledger.complaint.RecordCorrespondence;
import org.complaintledger.complaint.RecordOmbudsmanDetermination;
import org.complaintledger.complaint.RecordOrderComplied;
import org.complaintledger.complaint.ReferToOmbudsman;
import org.complaintledger.complaint.RefuseComplaint;
import org.complaintledger.complaint.RefuseEscalation;
import org.complaintledger.complaint.RequestEscalation;
import org.complaintledger.complaint.TakeOnComplaint;
import org.complaintledger.complaint.WithdrawComplaint;

/**
 * The import file's format (docs/import.md): its version, the bound on a line, and each kind of step with the command
 * its body is read as, the HTTP step's own.
 */
public final class ImportFormat {

    public static final String VERSION = "complaint-ledger-import/1";

    /** A line longer than this refuses the whole file before anything is imported: bounded input. */
    public static final int MAX_LINE_BYTES = 1 << 20;

    /** The longest source system name or source id taken. */
    static final int MAX_ID_LENGTH = 200;

    private static final Map<String, Class<? extends ComplaintCommand>> KINDS = kinds(LogComplaint.class,
            RefuseComplaint.class, TakeOnComplaint.class, AcknowledgeStage.class, ExtendStage.class,
            IssueResponse.class, RequestEscalation.class, RefuseEscalation.class, WithdrawComplaint.class,
            AddIssue.class, RecordCorrespondence.class, AttachDocument.class, AgreeUpdateInterval.class,
            OfferRemedy.class, CompleteAction.class, ReferToOmbudsman.class, RecordOmbudsmanDetermination.class,
            RecordOrderComplied.class, RecordComplaintHandlingFailure.class);

    private ImportFormat() {
    }

    /** The command a step kind's body is read as, or null for a kind the format does not have. */
    static Class<? extends ComplaintCommand> command(String kind) {
        return KINDS.get(kind);
    }

    static Iterable<String> kinds() {
        return KINDS.keySet();
    }

    /** A command's step kind: its name in kebab case, {@code LogComplaint} is {@code log-complaint}. */
    public static String kindOf(Class<?> command) {
        return command.getSimpleName().replaceAll("([a-z])([A-Z])", "$1-$2").toLowerCase(Locale.ROOT);
    }

    @SafeVarargs
    private static Map<String, Class<? extends ComplaintCommand>> kinds(Class<? extends ComplaintCommand>... commands) {
        Map<String, Class<? extends ComplaintCommand>> kinds = new LinkedHashMap<>();
        for (Class<? extends ComplaintCommand> command : commands) {
            kinds.put(kindOf(command), command);
        }
        return Map.copyOf(kinds);
    }
}
