package org.complaintledger.testsupport;

import java.util.HashMap;
import java.util.Map;

import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Gives a test application context a real PostgreSQL of its own. With Docker, a fresh database in one shared
 * Testcontainers server; without Docker (as on the project's machines), no datasource URL, so the application starts
 * its embedded default, with its cluster in a temporary directory that is deleted when the context closes, and on a
 * free port. A datasource URL that the test configures itself is left alone. Tomcat's working files go in that
 * directory too, and every such context is closed when the JVM's last test has run ({@link TestContexts}), so a test
 * run leaves nothing in the system's temporary folder.
 */
public class LedgerPostgresInitializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    /** Asked once per JVM: the answer does not change, and asking costs a few hundred milliseconds. */
    private static final boolean DOCKER = DockerEngine.available();

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        TemporaryDataDirectory directory = TemporaryDataDirectory.register(context);
        TestContexts.track(context, directory);
        Map<String, String> properties = new HashMap<>(directory.tomcatProperties());
        if (!context.getEnvironment().containsProperty("spring.datasource.url")) {
            properties.putAll(DOCKER ? SharedPostgresContainer.newDatabase() : directory.embeddedPostgresProperties());
        }
        TestPropertyValues.of(properties).applyTo(context);
    }
}
