package org.complaintledger.access;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;

/** Who a caller is to the ledger. What each may do is the table in {@link AccessRules} (and docs/api.md). */
public enum Role {
    /** Works on cases: logs complaints and takes their steps, sees what is due. */
    HANDLER,
    /** The complaints officer: everything on cases, refusals, investigator grants, erasure, retention, reports. */
    OFFICER,
    /** Reports and pseudonymised data only. */
    ANALYST,
    /** The governing body and its Member Responsible for Complaints: reports (9.6, 9.7). */
    GOVERNANCE,
    /** An Ombudsman investigator: reads the record of a complaint an officer granted, until the grant ends (5.12). */
    INVESTIGATOR;

    private static final String PREFIX = "ROLE_";

    public String authority() {
        return PREFIX + name();
    }

    /** A role named in configuration or a token ({@code officer}, {@code OFFICER}, {@code ROLE_OFFICER}). */
    public static Optional<Role> named(String value) {
        String name = value.strip().toUpperCase(Locale.ROOT);
        String bare = name.startsWith(PREFIX) ? name.substring(PREFIX.length()) : name;
        return Arrays.stream(values()).filter(role -> role.name().equals(bare)).findFirst();
    }

    public boolean heldBy(Authentication caller) {
        return caller != null && caller.getAuthorities().stream()
                .map(GrantedAuthority::getAuthority)
                .anyMatch(authority()::equals);
    }

    /**
     * Whether the caller reaches a complaint's record only through an investigator grant: an investigator who is not
     * also case staff. Such reads are checked against a grant and recorded; staff reads are neither.
     */
    public static boolean readsUnderGrant(Authentication caller) {
        return INVESTIGATOR.heldBy(caller) && !HANDLER.heldBy(caller) && !OFFICER.heldBy(caller);
    }
}
