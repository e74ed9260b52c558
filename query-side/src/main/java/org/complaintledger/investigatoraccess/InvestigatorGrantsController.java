package org.complaintledger.investigatoraccess;

import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** A complaint's investigator grants, for the officers who make and end them. */
@RestController
public class InvestigatorGrantsController {

    private final InvestigatorGrants grants;

    public InvestigatorGrantsController(InvestigatorGrants grants) {
        this.grants = grants;
    }

    /** Every grant for the complaint, newest first, with whether it is in force and how often it was used. */
    @GetMapping("/api/complaints/{id}/investigator-grants")
    public List<InvestigatorGrant> grants(@PathVariable String id) {
        return grants.of(id);
    }
}
