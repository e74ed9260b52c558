package org.complaintledger.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;

/** Local accounts from configuration: what is refused at start, and who signs in. */
class LocalAccountsTest {

    /** bcrypt of "secret" at cost 4. */
    private static final String HASH = "{bcrypt}$2a$04$S8GhTOQt1Qw5AbqL5.yotOh/fpz71T8T10BztAb5QzPTtYrIs0TXG";

    private static AccessProperties.Account account(String username, String password, Role... roles) {
        return new AccessProperties.Account(username, password, List.of(roles));
    }

    private static LocalAccounts of(AccessProperties.Account... accounts) {
        return LocalAccounts.of(List.of(accounts), Clock.systemUTC());
    }

    private static Authentication signIn(LocalAccounts accounts, String username, String password) {
        return accounts.authenticate(UsernamePasswordAuthenticationToken.unauthenticated(username, password));
    }

    @Test
    void refusesToStartWithNoAccountsSayingHowToConfigureSignIn() {
        assertThatThrownBy(() -> LocalAccounts.of(List.of(), Clock.systemUTC()))
                .hasMessageContaining("complaint-ledger.access.accounts")
                .hasMessageContaining("spring.security.oauth2.resourceserver.jwt.issuer-uri");
    }

    @Test
    void refusesAPasswordThatIsNotABcryptHash() {
        assertThatThrownBy(() -> of(account("officer", "{noop}secret", Role.OFFICER)))
                .hasMessageContaining("complaint-ledger.access.accounts[0].password");
        assertThatThrownBy(() -> of(account("officer", "secret", Role.OFFICER)))
                .hasMessageContaining("complaint-ledger.access.accounts[0].password");
    }

    @Test
    void refusesAnAccountWithoutRoles() {
        assertThatThrownBy(() -> of(account("officer", HASH)))
                .hasMessageContaining("complaint-ledger.access.accounts[0].roles");
    }

    @Test
    void refusesAUsernameUsedTwice() {
        assertThatThrownBy(() -> of(account("officer", HASH, Role.OFFICER), account("officer", HASH, Role.HANDLER)))
                .hasMessageContaining("accounts[1].username 'officer' is used twice");
    }

    @Test
    void signsInWithTheRightPasswordAndTheAccountsRoles() {
        LocalAccounts accounts = of(account("officer", HASH, Role.OFFICER, Role.ANALYST));

        Authentication signedIn = signIn(accounts, "officer", "secret");

        assertThat(signedIn.isAuthenticated()).isTrue();
        assertThat(signedIn.getName()).isEqualTo("officer");
        assertThat(signedIn.getAuthorities()).map(GrantedAuthority::getAuthority)
                .containsExactly("ROLE_OFFICER", "ROLE_ANALYST");
    }

    @Test
    void aRememberedSignInDoesNotLetAWrongPasswordIn() {
        LocalAccounts accounts = of(account("officer", HASH, Role.OFFICER), account("handler", HASH, Role.HANDLER));
        signIn(accounts, "officer", "secret");

        assertThatThrownBy(() -> signIn(accounts, "officer", "secret2")).isInstanceOf(BadCredentialsException.class);
        assertThatThrownBy(() -> signIn(accounts, "handler", "secret2")).isInstanceOf(BadCredentialsException.class);
        assertThatThrownBy(() -> signIn(accounts, "nobody", "secret")).isInstanceOf(BadCredentialsException.class);
        assertThat(signIn(accounts, "officer", "secret").getName()).isEqualTo("officer");
    }
}
