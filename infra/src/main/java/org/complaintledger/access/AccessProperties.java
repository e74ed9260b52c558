package org.complaintledger.access;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How callers authenticate. With {@code spring.security.oauth2.resourceserver.jwt.issuer-uri} (or
 * {@code jwk-set-uri}, {@code public-key-location}) set, bearer JWTs from that issuer and {@link #jwt()}; otherwise
 * HTTP Basic against {@link #accounts()}.
 *
 * @param accounts local accounts for the embedded default, each with a {@code {bcrypt}} password hash
 * @param jwt      where a token carries the caller's roles and name
 */
@ConfigurationProperties("complaint-ledger.access")
public record AccessProperties(List<Account> accounts, @DefaultValue Jwt jwt) {

    public AccessProperties {
        accounts = accounts == null ? List.of() : List.copyOf(accounts);
    }

    /**
     * @param password a password hash such as {@code {bcrypt}$2a$10$...}, never the password itself
     */
    public record Account(String username, String password, List<Role> roles) {
    }

    /**
     * @param rolesClaim     the claim listing the caller's roles ({@code officer}, ...); a dotted path reaches into a
     *                       nested claim, e.g. {@code realm_access.roles}
     * @param principalClaim the claim naming the caller, as investigator grants and the record name them
     */
    public record Jwt(@DefaultValue("roles") String rolesClaim, @DefaultValue("sub") String principalClaim) {
    }
}
