package org.complaintledger.access;

import static org.complaintledger.access.Role.ANALYST;
import static org.complaintledger.access.Role.GOVERNANCE;
import static org.complaintledger.access.Role.HANDLER;
import static org.complaintledger.access.Role.OFFICER;
import static org.springframework.http.HttpMethod.GET;
import static org.springframework.http.HttpMethod.POST;

import jakarta.servlet.DispatcherType;
import java.time.Clock;
import java.util.Arrays;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authorization.AuthorityAuthorizationManager;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

/**
 * Who may do what, decided once, in the filter chain, before any controller runs: the table below (the same as in
 * docs/api.md). The first matching line decides; a request no line names is denied. Callers authenticate with bearer
 * JWTs when a JWT issuer is configured, otherwise with HTTP Basic against local accounts; there are no sessions and
 * no cookies, so no CSRF token either.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(AccessProperties.class)
class AccessRules {

    private static final Logger LOG = LoggerFactory.getLogger(AccessRules.class);

    /**
     * Nothing may load, frame or be referred from an answer: no page of this API runs a script or embeds anything
     * (the OpenAPI description is JSON too, and there is no Swagger UI). An HTML page (the case record, the reports)
     * sets its own policy, this one with its inline style let through by a nonce ({@code html.StandalonePage}).
     */
    static final String CONTENT_SECURITY_POLICY = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; "
            + "form-action 'none'";

    @Bean
    SignInThrottle signInThrottle(AccessProperties properties, Clock clock) {
        return new SignInThrottle(properties.throttle(), clock);
    }

    /** Only where there is a web server: the command line's rebuild (rebuild.RebuildCommand) answers no requests. */
    @Bean
    @ConditionalOnWebApplication
    SecurityFilterChain ledgerAccess(HttpSecurity http, CaseRecordAccess caseRecord, AccessProblems problems,
            AccessProperties properties, ObjectProvider<JwtDecoder> jwtDecoder, SignInThrottle throttle, Clock clock) {
        // On every answer, refusals and errors included: the header writer runs before authentication.
        http.headers(headers -> headers
                        .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.NO_REFERRER)))
                .csrf(AbstractHttpConfigurer::disable)
                .sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(AbstractHttpConfigurer::disable)
                .formLogin(AbstractHttpConfigurer::disable)
                .logout(AbstractHttpConfigurer::disable)
                .authorizeHttpRequests(rules -> table(rules, caseRecord));
        JwtDecoder jwt = jwtDecoder.getIfAvailable();
        if (jwt != null) {
            bearerTokens(http, jwt, properties.jwt(), problems);
        } else {
            localAccounts(http, LocalAccounts.of(properties.accounts(), throttle, clock), problems);
        }
        return http.build();
    }

    private static void table(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry
            rules, CaseRecordAccess caseRecord) {
        rules
                // Spring's own error rendering of a request that was already let through.
                .dispatcherTypeMatchers(DispatcherType.ERROR).permitAll()
                // No personal data: health, metrics, the API's description.
                .requestMatchers(GET, "/actuator/health", "/actuator/health/**", "/actuator/prometheus").permitAll()
                .requestMatchers(GET, "/v3/api-docs", "/v3/api-docs/**", "/v3/api-docs.yaml").permitAll()
                // The ledger's signing keys, signed checkpoints and proofs: hashes, sizes and times, no personal data,
                // published so that whoever holds a checkpoint (an investigator, a reader of the annual report) can
                // check it without an account (docs/api.md, "The provable record"). Signing one now is the officer's.
                .requestMatchers(GET, "/api/ledger/keys", "/api/ledger/checkpoints", "/api/ledger/checkpoints/latest",
                        "/api/ledger/consistency", "/api/ledger/inclusion").permitAll()
                .requestMatchers(POST, "/api/ledger/checkpoints").access(roles(OFFICER))
                // Refusals, and taking on what was refused, are the officer's (2.1-2.5, 5.11), as are investigator
                // grants (5.12).
                .requestMatchers(POST, "/api/complaints/*/refusal", "/api/complaints/*/escalation-refusal",
                        "/api/complaints/*/take-on-instruction")
                        .access(roles(OFFICER))
                .requestMatchers("/api/complaints/*/investigator-grants", "/api/complaints/*/investigator-grants/**")
                        .access(roles(OFFICER))
                // The complete record (5.12), as JSON, as a page to read and print, and as a case bundle to verify
                // offline: case staff, or an investigator under a grant in force.
                .requestMatchers(GET, "/api/complaints/{" + CaseRecordAccess.COMPLAINT + "}/events",
                        "/api/complaints/{" + CaseRecordAccess.COMPLAINT + "}/record",
                        "/api/complaints/{" + CaseRecordAccess.COMPLAINT + "}/case-bundle").access(caseRecord)
                // Logging a complaint and every step of it; what is due.
                .requestMatchers(POST, "/api/complaints", "/api/complaints/**").access(roles(HANDLER, OFFICER))
                .requestMatchers(GET, "/api/due-steps").access(roles(HANDLER, OFFICER))
                // The category taxonomy (9.4): for whoever logs complaints or reports on them.
                .requestMatchers(GET, "/api/categories").access(roles(HANDLER, OFFICER, ANALYST, GOVERNANCE))
                // Residents' adjustments, restrictions and their reviews (5.10, 5.14).
                .requestMatchers("/api/residents/**").access(roles(HANDLER, OFFICER))
                .requestMatchers(GET, "/api/reviews-due").access(roles(HANDLER, OFFICER))
                // Learning from complaints and its service improvements (9.1-9.3); survey responses that expressed
                // dissatisfaction and whether the resident was told how to complain (1.6): recorded and read by case staff.
                .requestMatchers("/api/learning", "/api/learning/**").access(roles(HANDLER, OFFICER))
                .requestMatchers("/api/survey-dissatisfaction", "/api/survey-dissatisfaction/**")
                        .access(roles(HANDLER, OFFICER))
                // The landlord's own record is the officer's; the governing body (governance) may record what it
                // received and its response to the annual report (8.2, 9.7); case staff read the closure days.
                .requestMatchers(POST, "/api/landlord/governing-body/reports-received",
                        "/api/landlord/governing-body/annual-report-responses").access(roles(OFFICER, GOVERNANCE))
                .requestMatchers(GET, "/api/landlord/closure-days").access(roles(HANDLER, OFFICER))
                .requestMatchers(POST, "/api/landlord/**").access(roles(OFFICER))
                // Erasure (UK GDPR Art. 17) and retention are the officer's.
                .requestMatchers(POST, "/api/data-subjects/*/erasure").access(roles(OFFICER))
                .requestMatchers("/api/retention/**").access(roles(OFFICER))
                // Pseudonymised data and exports; reports (8.1, 9.6, 9.7).
                .requestMatchers("/api/analysis/**").access(roles(ANALYST, OFFICER))
                .requestMatchers("/api/reports/**").access(roles(OFFICER, ANALYST, GOVERNANCE))
                // Events a read model could not handle, parked, and their retry: the officer's (they name complaints).
                .requestMatchers("/api/parked-events", "/api/parked-events/**").access(roles(OFFICER))
                // rebuilding read models replaces tables every report reads: the officer's decision
                .requestMatchers("/api/read-models", "/api/read-models/**").access(roles(OFFICER))
                // The ledger's self-check, run now or its latest result: the officer's (a failure names complaints;
                // health and metrics show the outcome to everyone).
                .requestMatchers(GET, "/api/ledger/self-check").access(roles(OFFICER))
                .requestMatchers(POST, "/api/ledger/self-check").access(roles(OFFICER))
                // Deny by default: an endpoint added without a line here is no one's.
                .anyRequest().denyAll();
    }

    private static AuthorizationManager<RequestAuthorizationContext> roles(Role... roles) {
        return AuthorityAuthorizationManager.hasAnyRole(Arrays.stream(roles).map(Role::name).toArray(String[]::new));
    }

    private static void bearerTokens(HttpSecurity http, JwtDecoder jwt, AccessProperties.Jwt claims,
            AccessProblems problems) {
        LOG.info("Callers authenticate with bearer JWTs; roles from the '{}' claim, name from '{}'",
                claims.rolesClaim(), claims.principalClaim());
        http.exceptionHandling(errors -> errors.authenticationEntryPoint(problems.bearer()).accessDeniedHandler(problems))
                .oauth2ResourceServer(server -> server
                        .jwt(token -> token.decoder(jwt).jwtAuthenticationConverter(new JwtRoles(claims)))
                        .authenticationEntryPoint(problems.bearer())
                        .accessDeniedHandler(problems));
    }

    private static void localAccounts(HttpSecurity http, LocalAccounts accounts, AccessProblems problems) {
        LOG.warn("Callers authenticate with HTTP Basic against the local accounts {}: change their passwords, "
                + "or configure a JWT issuer, before real use", accounts.usernames());
        http.exceptionHandling(errors -> errors.authenticationEntryPoint(problems.basic()).accessDeniedHandler(problems))
                .authenticationManager(new ProviderManager(accounts))
                .httpBasic(basic -> basic.realmName(AccessProblems.REALM).authenticationEntryPoint(problems.basic()));
    }
}
