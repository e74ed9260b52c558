package org.complaintledger.testsupport;

import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/**
 * Closes the test application contexts together once every test of the JVM has run, while the JVM is still up
 * (registered in META-INF/services): each deletes its temporary directory as it closes (TemporaryDataDirectory).
 */
public class CloseTestContexts implements LauncherSessionListener {

    @Override
    public void launcherSessionClosed(LauncherSession session) {
        TestContexts.closeAll();
    }
}
