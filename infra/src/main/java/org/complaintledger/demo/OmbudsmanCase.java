package org.complaintledger.demo;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import org.complaintledger.complaint.Ombudsman;
import org.complaintledger.complaint.RecordOmbudsmanDetermination;
import org.complaintledger.complaint.RecordOrderComplied;
import org.complaintledger.complaint.ReferToOmbudsman;

/**
 * A demo complaint taken to the Housing Ombudsman after its final response: referred weeks later, determined months
 * after that with a finding, orders where it found fault, and the landlord's compliance, mostly by the date set
 * (8.1 c, 9.7 c).
 */
final class OmbudsmanCase {

    static final double ORDER_COMPLIED_LATE = 0.15;

    private static final Weighted<Ombudsman.Finding> FINDINGS = new Weighted<Ombudsman.Finding>()
            .with(Ombudsman.Finding.NO_MALADMINISTRATION, 30).with(Ombudsman.Finding.SERVICE_FAILURE, 20)
            .with(Ombudsman.Finding.MALADMINISTRATION, 30).with(Ombudsman.Finding.SEVERE_MALADMINISTRATION, 5)
            .with(Ombudsman.Finding.REASONABLE_REDRESS, 10).with(Ombudsman.Finding.OUTSIDE_JURISDICTION, 5);

    private final DemoCalendar calendar;
    private final DemoPlan plan;
    private final SplittableRandom random;
    private final String complaintId;

    OmbudsmanCase(DemoCalendar calendar, DemoPlan plan, SplittableRandom random, String complaintId) {
        this.calendar = calendar;
        this.plan = plan;
        this.random = random;
        this.complaintId = complaintId;
    }

    void refer(ComplaintLife.Answer finalResponse, Wording.Topic topic) {
        LocalDate referredOn = calendar.workingDayFrom(finalResponse.on().plusDays(20 + random.nextInt(70)));
        Instant referred = calendar.during(referredOn, random, null);
        String reference = String.format(Locale.ROOT, "%d%06d", referredOn.getYear(), random.nextInt(1_000_000));
        Instant referralRecorded = plan.soon(referred, finalResponse.recorded(),
                why -> new ReferToOmbudsman(complaintId, referred, why, reference));

        LocalDate determinedOn = calendar.workingDayFrom(referredOn.plusDays(120 + random.nextInt(150)));
        Instant determined = calendar.during(determinedOn, random, null);
        Ombudsman.Finding finding = FINDINGS.pick(random);
        List<Ombudsman.OrderOnFinding> orders = orders(finding, determinedOn);
        Instant determinationRecorded = plan.soon(determined, referralRecorded,
                why -> new RecordOmbudsmanDetermination(complaintId, determined, why,
                        List.of(new Ombudsman.DefinedComplaintFinding(
                                "The landlord's handling of the resident's complaint: " + topic.description(),
                                finding)),
                        orders));
        for (int i = 0; i < orders.size(); i++) {
            String orderId = "order-" + (i + 1);
            LocalDate due = orders.get(i).dueBy();
            LocalDate compliedOn = random.nextDouble() < ORDER_COMPLIED_LATE ? due.plusDays(1 + random.nextInt(30))
                    : due.minusDays(random.nextInt(20));
            Instant complied = calendar.during(compliedOn.isAfter(determinedOn) ? compliedOn : determinedOn.plusDays(1),
                    random, determined);
            plan.soon(complied, determinationRecorded, why -> new RecordOrderComplied(complaintId, complied, why,
                    orderId, "Evidence of compliance sent to the Ombudsman"));
        }
    }

    /** Orders follow a finding of fault (9.7 c): compensation, and for maladministration a review too. */
    private List<Ombudsman.OrderOnFinding> orders(Ombudsman.Finding finding, LocalDate determinedOn) {
        List<Ombudsman.OrderOnFinding> orders = new ArrayList<>();
        boolean fault = finding == Ombudsman.Finding.SERVICE_FAILURE || finding == Ombudsman.Finding.MALADMINISTRATION
                || finding == Ombudsman.Finding.SEVERE_MALADMINISTRATION;
        if (fault) {
            orders.add(new Ombudsman.OrderOnFinding("finding-1", "Pay the resident £" + (100 + 50 * random.nextInt(20))
                    + " compensation", determinedOn.plusDays(28)));
        }
        if (fault && finding != Ombudsman.Finding.SERVICE_FAILURE) {
            orders.add(new Ombudsman.OrderOnFinding("finding-1", "Review how such cases are handled and report the "
                    + "learning to the Ombudsman", determinedOn.plusDays(56)));
        }
        return List.copyOf(orders);
    }
}
