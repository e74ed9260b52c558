package org.complaintledger.access;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * HTTP Basic against the accounts in configuration, for the embedded default. Checking a bcrypt hash costs tens of
 * milliseconds by design, and a stateless API is asked on every request, so a successful check is remembered for a
 * few minutes under a keyed hash of the username and password (never the password itself), and a repeat request
 * costs one HMAC. Before either, the {@link SignInThrottle} refuses an account or client address that failed too often.
 */
final class LocalAccounts implements AuthenticationProvider {

    private static final String BCRYPT = "{bcrypt}";
    private static final Pattern BCRYPT_HASH = Pattern.compile("\\$2[aby]?\\$\\d\\d\\$[./A-Za-z0-9]{53}");
    private static final Duration REMEMBERED_FOR = Duration.ofMinutes(5);
    private static final int MOST_REMEMBERED = 10_000;

    private record Account(String passwordHash, List<SimpleGrantedAuthority> authorities) {
    }

    private final Map<String, Account> accounts;
    private final String anyHash;
    private final PasswordEncoder bcrypt;
    private final SignInThrottle throttle;
    private final Map<String, Instant> verified = new ConcurrentHashMap<>();
    private final SecretKeySpec fingerprintKey;
    private final Clock clock;

    private LocalAccounts(Map<String, Account> accounts, PasswordEncoder bcrypt, SignInThrottle throttle, Clock clock) {
        this.accounts = Map.copyOf(accounts);
        this.anyHash = accounts.values().iterator().next().passwordHash();
        this.bcrypt = bcrypt;
        this.throttle = throttle;
        this.clock = clock;
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        this.fingerprintKey = new SecretKeySpec(key, "HmacSHA256");
    }

    /** Refuses, naming the account and what is wrong, accounts that could never sign in or would sign in unsafely. */
    static LocalAccounts of(List<AccessProperties.Account> configured, Clock clock) {
        return of(configured, new SignInThrottle(AccessProperties.Throttle.defaults(), clock), clock);
    }

    static LocalAccounts of(List<AccessProperties.Account> configured, SignInThrottle throttle, Clock clock) {
        return of(configured, new BCryptPasswordEncoder(), throttle, clock);
    }

    /** With the encoder that checks password hashes: bcrypt, or in tests one that counts its work. */
    static LocalAccounts of(List<AccessProperties.Account> configured, PasswordEncoder bcrypt, SignInThrottle throttle,
            Clock clock) {
        if (configured.isEmpty()) {
            throw new IllegalStateException("no way to sign in: configure local accounts "
                    + "(complaint-ledger.access.accounts: username, password as a {bcrypt} hash, roles) or a JWT issuer "
                    + "(spring.security.oauth2.resourceserver.jwt.issuer-uri, jwk-set-uri or public-key-location)");
        }
        Map<String, Account> accounts = new HashMap<>();
        for (int i = 0; i < configured.size(); i++) {
            AccessProperties.Account account = configured.get(i);
            String where = "complaint-ledger.access.accounts[" + i + "]";
            if (account.username() == null || account.username().isBlank()) {
                throw new IllegalStateException(where + ".username is missing");
            }
            String password = account.password() == null ? "" : account.password();
            if (!password.startsWith(BCRYPT) || !BCRYPT_HASH.matcher(password.substring(BCRYPT.length())).matches()) {
                throw new IllegalStateException(where + ".password must be a bcrypt hash written {bcrypt}$2a$10$..., "
                        + "never the password itself");
            }
            if (account.roles() == null || account.roles().isEmpty()) {
                throw new IllegalStateException(where + ".roles is missing: one or more of HANDLER, OFFICER, ANALYST, "
                        + "GOVERNANCE, INVESTIGATOR");
            }
            List<SimpleGrantedAuthority> authorities = account.roles().stream()
                    .map(role -> new SimpleGrantedAuthority(role.authority())).toList();
            if (accounts.put(account.username(), new Account(password.substring(BCRYPT.length()), authorities)) != null) {
                throw new IllegalStateException(where + ".username '" + account.username() + "' is used twice");
            }
        }
        return new LocalAccounts(accounts, bcrypt, throttle, clock);
    }

    List<String> usernames() {
        return accounts.keySet().stream().sorted().toList();
    }

    @Override
    public Authentication authenticate(Authentication request) {
        String username = request.getName();
        String password = String.valueOf(request.getCredentials());
        String address = request.getDetails() instanceof WebAuthenticationDetails web ? web.getRemoteAddress() : null;
        throttle.check(username, address);
        Account account = accounts.get(username);
        if (account == null) {
            bcrypt.matches(password, anyHash); // as slow as a wrong password, so timing does not tell who exists
            throw failed(username, address);
        }
        String fingerprint = fingerprint(username, password);
        Instant now = clock.instant();
        Instant until = verified.get(fingerprint);
        if (until == null || !until.isAfter(now)) {
            if (!bcrypt.matches(password, account.passwordHash())) {
                throw failed(username, address);
            }
            remember(fingerprint, now.plus(REMEMBERED_FOR));
        }
        throttle.succeeded(username, address);
        return UsernamePasswordAuthenticationToken.authenticated(username, null, account.authorities());
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }

    private BadCredentialsException failed(String username, String address) {
        throttle.failed(username, address);
        return new BadCredentialsException("unknown account or wrong password");
    }

    private void remember(String fingerprint, Instant until) {
        if (verified.size() >= MOST_REMEMBERED) {
            verified.clear();
        }
        verified.put(fingerprint, until);
    }

    private String fingerprint(String username, String password) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(fingerprintKey);
            String both = username.length() + ":" + username + password;
            return HexFormat.of().formatHex(mac.doFinal(both.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("every Java runtime has HmacSHA256", e);
        }
    }
}
