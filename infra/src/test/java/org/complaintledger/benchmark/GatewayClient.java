package org.complaintledger.benchmark;

import java.util.List;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.complaintledger.code.Stage;
import org.complaintledger.complaint.AcknowledgeStage;
import org.complaintledger.complaint.Channel;
import org.complaintledger.complaint.Complainant;
import org.complaintledger.complaint.ComplaintDefinition;
import org.complaintledger.complaint.Correspondence;
import org.complaintledger.complaint.LogComplaint;
import org.complaintledger.complaint.Tenure;
import org.complaintledger.complaint.RecordCorrespondence;

/** Sends the mix straight to Axon's command gateway, waiting for each command's unit of work to commit. */
final class GatewayClient implements Workload.Client {

    private final CommandGateway gateway;

    GatewayClient(CommandGateway gateway) {
        this.gateway = gateway;
    }

    @Override
    public String execute(Workload.Operation operation) {
        String id = operation.complaintId();
        Object command = switch (operation.kind()) {
            case LOG -> new LogComplaint(id, null, null, Channel.PHONE,
                    new Complainant(null, "Resident " + id.substring(0, 8), "T-" + id.substring(9, 13), null),
                    "repairs", Tenure.LOW_COST_RENTAL, Workload.DESCRIPTION,
                    List.of("repair the extractor fan", "treat the mould"), null, null, null, null, null);
            case ACKNOWLEDGE -> new AcknowledgeStage(id, null, null, Stage.ONE,
                    new ComplaintDefinition("Delay in repairing the bathroom extractor fan, leading to damp and mould",
                            List.of("repair the extractor fan", "treat the mould")),
                    List.of("repairs"), List.of(), "Complaints Officer A");
            case CORRESPOND -> new RecordCorrespondence(id, null, null, Correspondence.Direction.INBOUND,
                    Correspondence.Party.RESIDENT, Channel.PHONE, Workload.SUMMARY, List.of());
        };
        gateway.sendAndWait(command);
        return id;
    }
}
