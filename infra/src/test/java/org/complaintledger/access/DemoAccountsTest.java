package org.complaintledger.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.config.YamlPropertiesFactoryBean;
import org.springframework.core.io.ClassPathResource;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

/** The demo accounts application.yml ships are the ones the README documents: one per role, "<role>-demo-password". */
class DemoAccountsTest {

    @Test
    void oneDemoAccountPerRoleWithItsDocumentedPassword() {
        YamlPropertiesFactoryBean yaml = new YamlPropertiesFactoryBean();
        yaml.setResources(new ClassPathResource("application.yml"));
        Properties properties = yaml.getObject();
        BCryptPasswordEncoder bcrypt = new BCryptPasswordEncoder();

        Map<String, Integer> indexByUsername = new HashMap<>();
        for (int i = 0; properties.containsKey("complaint-ledger.access.accounts[" + i + "].username"); i++) {
            indexByUsername.put(properties.getProperty("complaint-ledger.access.accounts[" + i + "].username"), i);
        }

        assertThat(indexByUsername).hasSize(Role.values().length);
        for (Role role : Role.values()) {
            String name = role.name().toLowerCase(Locale.ROOT);
            assertThat(indexByUsername).containsKey("demo-" + name);
            String prefix = "complaint-ledger.access.accounts[" + indexByUsername.get("demo-" + name) + "].";
            assertThat(properties.getProperty(prefix + "roles")).isEqualTo(role.name());
            assertThat(bcrypt.matches(name + "-demo-password",
                    properties.getProperty(prefix + "password").replace("{bcrypt}", ""))).as(name).isTrue();
        }
    }
}
