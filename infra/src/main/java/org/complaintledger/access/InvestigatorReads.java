package org.complaintledger.access;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.complaintledger.investigatoraccess.AccessNotGranted;
import org.complaintledger.investigatoraccess.InvestigatorGrants;
import org.complaintledger.investigatoraccess.RecordCaseRecordRead;
import org.complaintledger.record.ComplaintRecordController;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Puts every read of a complaint's record by an investigator on the grant's record before the record is handed over:
 * the read event is committed first, and if that fails (no grant in force any more, or the ledger refuses) nothing is
 * handed over. The events as JSON and the case record page ({@link ComplaintRecordController}'s) are recorded here,
 * before the controller runs; a case bundle is recorded by its controller through {@link #caseBundleRead} once the
 * bundle is made, so that the read names the checkpoint the bundle is proven in, and before a byte of it is sent.
 * Reads by case staff are not recorded.
 */
@Component
public class InvestigatorReads implements HandlerInterceptor, WebMvcConfigurer {

    private final InvestigatorGrants grants;
    private final CommandGateway gateway;

    InvestigatorReads(InvestigatorGrants grants, CommandGateway gateway) {
        this.grants = grants;
        this.gateway = gateway;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(this);
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        Authentication caller = SecurityContextHolder.getContext().getAuthentication();
        if (request.getDispatcherType() != DispatcherType.REQUEST || !Role.readsUnderGrant(caller)
                || !(handler instanceof HandlerMethod method) || method.getBeanType() != ComplaintRecordController.class) {
            return true;
        }
        @SuppressWarnings("unchecked")
        Map<String, String> path =
                (Map<String, String>) request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE);
        record(caller, path.get(CaseRecordAccess.COMPLAINT), null);
        return true;
    }

    /**
     * The signed-in caller is about to be handed the complaint's case bundle, proven in the checkpoint of
     * {@code checkpointTreeSize} leaves: if they read under a grant, the read (with that tree size) is committed to the
     * grant's record first. Staff downloads are not recorded.
     *
     * @throws AccessNotGranted when no grant is in force for the caller and the complaint any more, or the grant's
     *                          record refuses the read: the bundle must not be handed over (403)
     */
    public void caseBundleRead(String complaintId, long checkpointTreeSize) {
        Authentication caller = SecurityContextHolder.getContext().getAuthentication();
        if (Role.readsUnderGrant(caller)) {
            record(caller, complaintId, checkpointTreeSize);
        }
    }

    private void record(Authentication caller, String complaintId, Long caseBundleTreeSize) {
        String grantId = grants.inForce(complaintId, caller.getName()).orElseThrow(() -> new AccessNotGranted(
                "no investigator grant in force lets " + caller.getName() + " read complaint " + complaintId));
        gateway.sendAndWait(new RecordCaseRecordRead(grantId, complaintId, caller.getName(), caseBundleTreeSize));
    }
}
