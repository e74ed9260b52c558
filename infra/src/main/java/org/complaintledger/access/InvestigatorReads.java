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
 * Puts every read of a complaint's record by an investigator (its events as JSON, or the case record page: both are
 * {@link ComplaintRecordController}'s) on the grant's record before the record is handed over:
 * the read event is committed first, and if that fails (no grant in force any more, or the ledger refuses) the
 * controller never runs. Reads by case staff are not recorded.
 */
@Component
class InvestigatorReads implements HandlerInterceptor, WebMvcConfigurer {

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
        String complaintId = path.get(CaseRecordAccess.COMPLAINT);
        String grantId = grants.inForce(complaintId, caller.getName()).orElseThrow(() -> new AccessNotGranted(
                "no investigator grant in force lets " + caller.getName() + " read complaint " + complaintId));
        gateway.sendAndWait(new RecordCaseRecordRead(grantId, complaintId, caller.getName()));
        return true;
    }
}
