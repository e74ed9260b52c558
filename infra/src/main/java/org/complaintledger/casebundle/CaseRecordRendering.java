package org.complaintledger.casebundle;

import jakarta.annotation.PreDestroy;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.complaintledger.complaint.ComplaintEvent;
import org.complaintledger.complaint.CorrespondenceRecorded;
import org.complaintledger.complaint.DocumentAttached;
import org.complaintledger.complaint.DocumentRef;
import org.complaintledger.html.StandalonePage;
import org.complaintledger.record.RecordedEvent;
import org.complaintledger.record.page.CaseRecordPage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;

/**
 * The human-readable part of a case bundle: the case record page (the same page as {@code GET .../record}, rendered
 * from the events read through the event store, personal data opened as that page shows it to the same caller), and
 * the documents each event names with their names opened likewise. A rendering, not evidence: if the events cannot be
 * read or rendered (a stored event altered so that it no longer reads), the bundle still goes out with a page that
 * says so, and the verifier names the event.
 */
@Component
class CaseRecordRendering {

    private static final Logger LOG = LoggerFactory.getLogger(CaseRecordRendering.class);

    /** The page, and the documents named by each event (by event identifier), opened; none if it could not render. */
    record Rendered(byte[] html, Map<String, List<DocumentRef>> documents) {
    }

    /** Threads that render while the request's own thread reads the tree; when both are busy, the caller renders. */
    private static final int THREADS = 2;

    private final EventStore eventStore;
    private final CaseRecordPage page;
    private final ThreadPoolExecutor renderers = new ThreadPoolExecutor(THREADS, THREADS, 1, TimeUnit.MINUTES,
            new SynchronousQueue<>(), Thread.ofPlatform().name("case-record-render-", 0).daemon().factory(),
            (task, executor) -> task.run());

    CaseRecordRendering(EventStore eventStore, CaseRecordPage page) {
        this.eventStore = eventStore;
        this.page = page;
        renderers.allowCoreThreadTimeOut(true);
    }

    /** {@link #render}, on a thread of its own if one is free (else now, on the caller's). */
    CompletableFuture<Rendered> renderMeanwhile(String complaintId) {
        return CompletableFuture.supplyAsync(() -> render(complaintId), renderers);
    }

    @PreDestroy
    void stop() {
        renderers.shutdownNow();
    }

    Rendered render(String complaintId) {
        try {
            List<RecordedEvent> events = new ArrayList<>();
            Map<String, List<DocumentRef>> documents = new HashMap<>();
            eventStore.readEvents(complaintId).asStream()
                    .filter(message -> message.getPayload() instanceof ComplaintEvent)
                    .forEach(message -> {
                        events.add(RecordedEvent.of(message));
                        List<DocumentRef> named = documentsOf(message);
                        if (!named.isEmpty()) {
                            documents.put(message.getIdentifier(), named);
                        }
                    });
            String html = page.render(complaintId, events, StandalonePage.nonce());
            return new Rendered(html.getBytes(StandardCharsets.UTF_8), documents);
        } catch (RuntimeException e) {
            LOG.warn("The case record of complaint {} could not be rendered for its case bundle: {}", complaintId,
                    e.toString());
            return new Rendered(unrendered(complaintId).getBytes(StandardCharsets.UTF_8), Map.of());
        }
    }

    private static List<DocumentRef> documentsOf(DomainEventMessage<?> message) {
        return switch (message.getPayload()) {
            case DocumentAttached attached when attached.document() != null -> List.of(attached.document());
            case CorrespondenceRecorded correspondence when correspondence.documents() != null ->
                    correspondence.documents();
            default -> List.of();
        };
    }

    /** The page in place of the case record: that it is missing, and where the evidence is. */
    static String unrendered(String complaintId) {
        return """
                <!DOCTYPE html>
                <html lang="en"><head><meta charset="utf-8"><title>Case record of complaint %1$s</title></head>
                <body><h1>Case record of complaint %1$s</h1>
                <p>The ledger could not read and render this case record from its events when this bundle was made.</p>
                <p>The events themselves are in this bundle exactly as stored (events.json, events/). Run the verifier
                on the bundle: it names each event or proof that does not hold, and why.</p></body></html>
                """.formatted(HtmlUtils.htmlEscape(complaintId));
    }
}
