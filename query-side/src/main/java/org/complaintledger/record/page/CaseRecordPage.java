package org.complaintledger.record.page;

import java.time.Clock;
import java.util.List;
import java.util.Locale;
import org.complaintledger.html.StandalonePage;
import org.complaintledger.record.RecordedEvent;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/**
 * The case record of a complaint (5.12) as a page a person reads and prints: the template {@code case-record.html}
 * over the {@link CaseRecordView} of its events. Rendered in one pass over events already read, with no further query.
 */
@Component
public class CaseRecordPage {

    static final String TEMPLATE = "case-record";

    private final ITemplateEngine templates;
    private final Clock clock;

    public CaseRecordPage(ITemplateEngine templates, Clock clock) {
        this.templates = templates;
        this.clock = clock;
    }

    /** The page of the complaint's events, with the nonce its inline style carries. */
    public String render(String complaintId, List<RecordedEvent> events, String nonce) {
        Context context = new Context(Locale.UK);
        context.setVariable("record", CaseRecordView.of(complaintId, events, clock.instant()));
        context.setVariable(StandalonePage.NONCE, nonce);
        return templates.process(TEMPLATE, context);
    }
}
