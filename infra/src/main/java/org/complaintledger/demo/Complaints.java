package org.complaintledger.demo;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Month;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.UUID;
import org.complaintledger.complaint.Channel;
import org.complaintledger.complaint.Complainant;
import org.complaintledger.complaint.LogComplaint;
import org.complaintledger.complaint.RefusalReason;
import org.complaintledger.complaint.RefuseComplaint;
import org.complaintledger.complaint.TakeOnComplaint;
import org.complaintledger.complaint.TakeOnInstruction;
import org.complaintledger.complaint.Tenure;

/**
 * Logs each demo complaint as it was received, by every channel, in every category of the taxonomy v1 (9.4) and both
 * tenures, a few entered late, a few refused (section 2), some of those taken on at the Ombudsman's instruction (2.4),
 * and lives the rest ({@link ComplaintLife}).
 */
final class Complaints {

    static final double REFUSED = 0.035;
    /** Of refused complaints, the share the Ombudsman tells the landlord to take on (2.4). */
    static final double TAKEN_ON = 0.25;
    static final double LOGGED_LATE = 0.25;
    /** Low-cost home owners complain a little less often per home than renters. */
    static final double LOW_COST_HOME_OWNERSHIP = DemoLandlord.LOW_COST_HOME_OWNERSHIP_SHARE * 0.8;

    /** What varies from year to year: complaints per 1,000 homes, the share escalated and the late shares. */
    record Year(double perThousand, double escalated, double lateAtStageOne, double lateAtStageTwo) {
    }

    private static final Weighted<Channel> CHANNELS = new Weighted<Channel>()
            .with(Channel.PHONE, 35).with(Channel.EMAIL, 22).with(Channel.ONLINE_FORM, 20).with(Channel.LETTER, 6)
            .with(Channel.IN_PERSON, 5).with(Channel.VIA_STAFF, 6).with(Channel.SOCIAL_MEDIA, 3)
            .with(Channel.VIA_REPRESENTATIVE, 3);
    private static final Weighted<String> RENTERS = categories(2);
    private static final Weighted<String> RENTERS_IN_WINTER = categories(2).with("damp-and-mould", 14);
    private static final Weighted<String> HOME_OWNERS = categories(30);
    private static final Weighted<RefusalReason> REFUSALS = new Weighted<RefusalReason>()
            .with(RefusalReason.MORE_THAN_12_MONTHS, 35).with(RefusalReason.LEGAL_PROCEEDINGS, 20)
            .with(RefusalReason.ALREADY_CONSIDERED, 30).with(RefusalReason.OTHER, 15);

    private final DemoLandlord landlord;
    private final DemoCalendar calendar;
    private final DemoPlan plan;
    private int logged;

    Complaints(DemoLandlord landlord, DemoCalendar calendar, DemoPlan plan) {
        this.landlord = landlord;
        this.calendar = calendar;
        this.plan = plan;
    }

    /** Shares by category, the leasehold one given: owners' complaints are more often about service charges. */
    private static Weighted<String> categories(double leasehold) {
        return new Weighted<String>().with("repairs", 34).with("damp-and-mould", 12).with("building-safety", 3)
                .with("anti-social-behaviour", 7).with("staff-conduct", 7).with("communication", 8)
                .with("complaint-handling", 3).with("rent-and-charges", 4).with("leasehold-and-service-charges", leasehold)
                .with("estate-management", 6).with("allocations-and-lettings", 3).with("tenancy-management", 3)
                .with("reasonable-adjustments", 2).with("other", 2);
    }

    /** Logs a complaint received on {@code day}; returns it if a response found fault (a lesson's source). */
    Optional<Lessons.FaultFound> log(LocalDate day, Year year) {
        int index = ++logged;
        SplittableRandom random = new SplittableRandom(landlord.seed() ^ (0x9E3779B97F4A7C15L * index));
        String complaintId = new UUID(random.nextLong() & ~0xF000L | 0x4000L,
                random.nextLong() & 0x3FFFFFFFFFFFFFFFL | 0x8000000000000000L).toString();
        Instant received = calendar.during(day, random, null);
        Tenure tenure = random.nextDouble() < LOW_COST_HOME_OWNERSHIP ? Tenure.LOW_COST_HOME_OWNERSHIP
                : Tenure.LOW_COST_RENTAL;
        boolean winter = day.getMonth().compareTo(Month.MARCH) <= 0 || day.getMonth().compareTo(Month.OCTOBER) >= 0;
        String category = (tenure == Tenure.LOW_COST_HOME_OWNERSHIP ? HOME_OWNERS
                : winter ? RENTERS_IN_WINTER : RENTERS).pick(random);
        Channel channel = CHANNELS.pick(random);
        boolean refused = random.nextDouble() < REFUSED;
        RefusalReason refusal = refused ? REFUSALS.pick(random) : null;
        // 2.3: a complaint refused as too old is about an issue that arose more than 12 months before
        LocalDate arose = refusal == RefusalReason.MORE_THAN_12_MONTHS ? day.minusMonths(14 + random.nextInt(16))
                : day.minusDays(3 + random.nextInt(120));
        Wording.Topic topic = Wording.topic(category);
        String resident = String.format(Locale.ROOT, "res-%06d", 1 + random.nextInt(landlord.homes()));
        String name = Wording.residentName(random);
        Complainant complainant = new Complainant(resident, name, "T" + resident.substring(4),
                channel == Channel.VIA_REPRESENTATIVE
                        ? new Complainant.Representative(Wording.residentName(random), "Family member") : null);
        boolean late = (channel == Channel.LETTER || channel == Channel.VIA_STAFF) && random.nextDouble() < LOGGED_LATE;
        Instant entered = late ? calendar.during(calendar.workingDaysAfter(day, 3 + random.nextInt(3)), random, null)
                : received.plusSeconds(60L * (3 + random.nextInt(60)));
        String serviceRequest = category.equals("repairs") || category.equals("damp-and-mould")
                ? String.format(Locale.ROOT, "SR-%07d", random.nextInt(10_000_000)) : null;
        Instant recorded = plan.add(received, entered, null, late ? Wording.LOGGED_LATE : null, at -> false,
                why -> new LogComplaint(complaintId, received, why, channel, complainant, category, tenure,
                        topic.description(), List.of(topic.outcomeSought()), arose, null, null, null,
                        serviceRequest));
        Instant opened = received;
        if (refused) {
            Instant at = calendar.during(calendar.workingDaysAfter(day, 1 + random.nextInt(4)), random, received);
            recorded = plan.soon(at, recorded, why -> new RefuseComplaint(complaintId, at, why, refusal,
                    "We cannot consider this complaint under our policy, for the reason given", true));
            if (random.nextDouble() >= TAKEN_ON) {
                return Optional.empty();
            }
            // 2.4: the Ombudsman did not agree the exclusion was fairly applied; stage 1 starts afresh
            opened = calendar.during(calendar.workingDayFrom(calendar.dayOf(at).plusDays(25 + random.nextInt(35))),
                    random, at);
            Instant instructed = opened;
            String reference = String.format(Locale.ROOT, "%d%06d", day.getYear(), random.nextInt(1_000_000));
            recorded = plan.soon(instructed, recorded, why -> new TakeOnComplaint(complaintId, instructed, why,
                    TakeOnInstruction.HOUSING_OMBUDSMAN, reference, "The Ombudsman found the exclusion was not "
                    + "fairly applied and asked the landlord to consider the complaint"));
        }
        String handler = String.format(Locale.ROOT, "complaints-officer-%02d", 1 + random.nextInt(8));
        String stageTwoHandler = String.format(Locale.ROOT, "complaints-manager-%02d", 1 + random.nextInt(3));
        String stageTwoSigner = String.format(Locale.ROOT, "head-of-service-%02d", 1 + random.nextInt(2));
        ComplaintLife.Answer faultFound = new ComplaintLife(calendar, plan, random, complaintId,
                calendar.time().governing(received), opened, recorded, topic).live(handler, stageTwoHandler, stageTwoSigner, year.lateAtStageOne(), year.lateAtStageTwo(),
                year.escalated());
        return Optional.ofNullable(faultFound)
                .map(answer -> new Lessons.FaultFound(complaintId, category, answer.on(), answer.recorded()));
    }
}
