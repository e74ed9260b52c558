package org.complaintledger.testsupport;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;

import org.springframework.context.ConfigurableApplicationContext;

/**
 * The application contexts the ledger's test support has started in this JVM, closed all at once when the last test
 * has run ({@link CloseTestContexts}). Spring's test context cache would close them one after another at JVM exit,
 * each waiting for its processors and its embedded PostgreSQL to stop, for longer than surefire waits for a test JVM
 * to end; killed, the JVM would leave their temporary directories behind.
 */
public final class TestContexts {

    private static final Queue<ConfigurableApplicationContext> STARTED = new ConcurrentLinkedQueue<>();
    private static final Queue<TemporaryDataDirectory> DIRECTORIES = new ConcurrentLinkedQueue<>();

    private TestContexts() {
    }

    static void track(ConfigurableApplicationContext context, TemporaryDataDirectory directory) {
        STARTED.add(context);
        DIRECTORIES.add(directory);
    }

    /**
     * Closes every context started so far that is still open (a context closed twice is closed once), then deletes
     * what is left of their temporary directories: Boot destroys the embedded Tomcat after the context's beans, and
     * Tomcat may leave an empty base directory behind after the directory's own bean has deleted it.
     */
    static void closeAll() {
        List<ConfigurableApplicationContext> contexts = new ArrayList<>();
        for (ConfigurableApplicationContext context; (context = STARTED.poll()) != null; ) {
            contexts.add(context);
        }
        closeInParallel(contexts);
        for (TemporaryDataDirectory directory; (directory = DIRECTORIES.poll()) != null; ) {
            directory.delete();
        }
    }

    /** Each context on a thread of its own: they share nothing, so closing them together takes as long as the slowest. */
    static void closeInParallel(Collection<ConfigurableApplicationContext> contexts) {
        List<Thread> closing = contexts.stream()
                .filter(ConfigurableApplicationContext::isActive)
                .map(context -> Thread.ofPlatform().name("close-" + context.getId()).start(context::close))
                .toList();
        for (Thread thread : closing) {
            try {
                thread.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }
}
