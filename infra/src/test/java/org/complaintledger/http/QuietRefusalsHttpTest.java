package org.complaintledger.http;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.util.List;
import java.util.function.Supplier;
import org.complaintledger.http.LedgerClient.Reply;
import org.complaintledger.testsupport.LedgerTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A caller's mistake answered 4xx logs one DEBUG line naming the status, the request and the problem's type, and
 * nothing else on the thread that answered it: no warning, no stack trace (docs/operations.md, Logs).
 */
@LedgerTest
class QuietRefusalsHttpTest {

    @LocalServerPort
    int port;

    LedgerClient ledger;
    ListAppender<ILoggingEvent> captured;
    Logger root;
    Logger refusals;
    Level refusalsLevel;

    @BeforeEach
    void capture() {
        ledger = new LedgerClient(port);
        root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        refusals = (Logger) LoggerFactory.getLogger(RefusedRequests.class);
        refusalsLevel = refusals.getLevel();
        refusals.setLevel(Level.DEBUG);
        captured = new ListAppender<>();
        captured.start();
        root.addAppender(captured);
    }

    @AfterEach
    void release() {
        root.detachAppender(captured);
        refusals.setLevel(refusalsLevel);
    }

    @Test
    void anUnknownComplaintLogsOneLine() {
        ILoggingEvent line = onlyLineOf(() -> ledger.post("/api/complaints/no-such-complaint/withdrawal", "{}"), 404);

        assertThat(line.getFormattedMessage())
                .isEqualTo("refused 404 POST /api/complaints/no-such-complaint/withdrawal: unknown-complaint");
    }

    @Test
    void aBrokenRuleOfTheCodeLogsOneLine() {
        String complaint = ledger.logComplaint();

        ILoggingEvent line = onlyLineOf(() -> ledger.post("/api/complaints/" + complaint + "/stages/1/response", """
                {"decision": "NOT_UPHELD", "reasons": "r", "remediesOffered": [], "outstandingActions": [],
                 "escalationRoute": "ask for stage 2", "respondedBy": "Sam Handler"}"""), 409);

        assertThat(line.getFormattedMessage()).isEqualTo(
                "refused 409 POST /api/complaints/" + complaint + "/stages/1/response: rule/stage-not-acknowledged");
    }

    @Test
    void aRefusalByTheSecurityFiltersLogsOneLine() {
        ILoggingEvent line = onlyLineOf(() -> ledger.get("/api/no-such-thing"), 403);

        assertThat(line.getFormattedMessage()).isEqualTo("refused 403 GET /api/no-such-thing: forbidden");
    }

    /** The one line logged while answering {@code request} with {@code status}, at DEBUG and without a stack trace. */
    private ILoggingEvent onlyLineOf(Supplier<Reply> request, int status) {
        synchronized (captured) { // the appender's own lock: other threads log meanwhile
            captured.list.clear();
        }
        assertThat(request.get().status()).isEqualTo(status);
        List<ILoggingEvent> all;
        synchronized (captured) {
            all = List.copyOf(captured.list);
        }
        // Only what the threads answering HTTP logged: the event processors log on their own threads meanwhile.
        List<ILoggingEvent> lines = all.stream().filter(e -> e.getThreadName().startsWith("http-")).toList();
        assertThat(lines).extracting(ILoggingEvent::getFormattedMessage).hasSize(1);
        ILoggingEvent line = lines.getFirst();
        assertThat(line.getLoggerName()).isEqualTo(RefusedRequests.class.getName());
        assertThat(line.getLevel()).isEqualTo(Level.DEBUG);
        assertThat(line.getThrowableProxy()).isNull();
        return line;
    }
}
