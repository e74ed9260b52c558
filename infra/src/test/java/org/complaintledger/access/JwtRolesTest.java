package org.complaintledger.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.InvalidBearerTokenException;

/** How a verified token's claims become the caller's name and ledger roles. */
class JwtRolesTest {

    private static Jwt jwt(Map<String, Object> claims) {
        Jwt.Builder jwt = Jwt.withTokenValue("t").header("alg", "RS256")
                .issuedAt(Instant.parse("2026-01-01T00:00:00Z")).expiresAt(Instant.parse("2026-01-01T01:00:00Z"));
        claims.forEach(jwt::claim);
        return jwt.build();
    }

    private static List<String> roles(AbstractAuthenticationToken caller) {
        return caller.getAuthorities().stream().map(GrantedAuthority::getAuthority).toList();
    }

    private static JwtRoles converter(String rolesClaim, String principalClaim) {
        return new JwtRoles(new AccessProperties.Jwt(rolesClaim, principalClaim));
    }

    @Test
    void rolesFromAListClaimInAnyCaseAndUnknownOnesIgnored() {
        AbstractAuthenticationToken caller = converter("roles", "sub")
                .convert(jwt(Map.of("sub", "u-1", "roles", List.of("officer", "ANALYST", "superuser"))));

        assertThat(caller.getName()).isEqualTo("u-1");
        assertThat(roles(caller)).containsExactly("ROLE_OFFICER", "ROLE_ANALYST");
    }

    @Test
    void rolesFromASpaceSeparatedClaim() {
        assertThat(roles(converter("scope", "sub").convert(jwt(Map.of("sub", "u-1", "scope", "handler governance")))))
                .containsExactly("ROLE_HANDLER", "ROLE_GOVERNANCE");
    }

    @Test
    void rolesFromANestedClaimAndTheNameFromAnotherClaim() {
        AbstractAuthenticationToken caller = converter("realm_access.roles", "preferred_username").convert(jwt(Map.of(
                "sub", "f81d4fae", "preferred_username", "ombudsman-7",
                "realm_access", Map.of("roles", List.of("investigator")))));

        assertThat(caller.getName()).isEqualTo("ombudsman-7");
        assertThat(roles(caller)).containsExactly("ROLE_INVESTIGATOR");
    }

    @Test
    void aTokenWithoutRolesHasNone() {
        assertThat(roles(converter("roles", "sub").convert(jwt(Map.of("sub", "u-1"))))).isEmpty();
    }

    @Test
    void aTokenThatNamesNoCallerIsRefused() {
        assertThatThrownBy(() -> converter("roles", "sub").convert(jwt(Map.of("roles", List.of("officer")))))
                .isInstanceOf(InvalidBearerTokenException.class);
    }
}
