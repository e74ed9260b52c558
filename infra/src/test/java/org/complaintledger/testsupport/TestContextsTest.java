package org.complaintledger.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.context.support.GenericApplicationContext;

/** The contexts left open at the end of a test JVM are closed together, each taking its temporary directory along. */
class TestContextsTest {

    @Test
    void closesContextsTogetherAndDeletesTheirDirectories() {
        CountDownLatch bothClosing = new CountDownLatch(2);
        GenericApplicationContext first = contextClosingWith(bothClosing);
        GenericApplicationContext second = contextClosingWith(bothClosing);
        Path firstDirectory = TemporaryDataDirectory.register(first).dataDirectory().getParent();
        Path secondDirectory = TemporaryDataDirectory.register(second).dataDirectory().getParent();
        first.refresh();
        second.refresh();
        assertThat(firstDirectory).exists();

        TestContexts.closeInParallel(List.of(first, second));

        assertThat(first.isActive()).isFalse();
        assertThat(second.isActive()).isFalse();
        assertThat(bothClosing.getCount()).as("each context's close waited for the other's to begin").isZero();
        assertThat(firstDirectory).doesNotExist();
        assertThat(secondDirectory).doesNotExist();
    }

    /** A context whose closing waits (a while at most) until the other context is closing too. */
    private static GenericApplicationContext contextClosingWith(CountDownLatch bothClosing) {
        GenericApplicationContext context = new GenericApplicationContext();
        context.registerBean("waitsForTheOther", DisposableBean.class, () -> () -> {
            bothClosing.countDown();
            bothClosing.await(30, TimeUnit.SECONDS);
        });
        return context;
    }
}
