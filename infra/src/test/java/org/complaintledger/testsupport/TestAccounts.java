package org.complaintledger.testsupport;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.complaintledger.access.Role;
import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The local accounts every test application signs in with, in place of application.yml's demo accounts: one per
 * role, named as the role in lower case ({@code officer}, ...), plus a second investigator, all with {@link #PASSWORD}.
 */
public final class TestAccounts implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    public static final String PASSWORD = "ledger-test-password";
    /** A second investigator, to show a grant is for one investigator only. */
    public static final String OTHER_INVESTIGATOR = "investigator-2";
    /** bcrypt of {@link #PASSWORD} at cost 4, the lowest, so that tests do not spend their time hashing. */
    private static final String HASH = "{bcrypt}$2a$04$RkaR0b5BVxL.W.18FsNAjOi9/ZA1ihQNMqKANd9mDMi34fYUgBOsu";

    public static String username(Role role) {
        return role.name().toLowerCase(Locale.ROOT);
    }

    /** The accounts as configuration properties. */
    public static Map<String, String> properties() {
        Map<String, String> properties = new LinkedHashMap<>();
        List<Role> roles = List.of(Role.values());
        for (int i = 0; i <= roles.size(); i++) {
            boolean other = i == roles.size();
            String prefix = "complaint-ledger.access.accounts[" + i + "].";
            properties.put(prefix + "username", other ? OTHER_INVESTIGATOR : username(roles.get(i)));
            properties.put(prefix + "password", HASH);
            properties.put(prefix + "roles", other ? Role.INVESTIGATOR.name() : roles.get(i).name());
        }
        return properties;
    }

    /** The accounts as command-line arguments, for an application started outside Spring's test support. */
    public static List<String> arguments() {
        return properties().entrySet().stream().map(p -> "--" + p.getKey() + "=" + p.getValue()).toList();
    }

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        TestPropertyValues.of(properties()).applyTo(context);
    }
}
