package org.complaintledger.demo;

import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * The words of a demo ledger: residents' names (invented, sealed like any resident's), what they complained about
 * and what the landlord answered, by category of the taxonomy v1 (9.4).
 */
final class Wording {

    private static final List<String> FIRST_NAMES = List.of("Amira", "Ben", "Chloe", "Dev", "Eilidh", "Femi", "Grace",
            "Hassan", "Isla", "Jack", "Kasia", "Liam", "Maya", "Noah", "Olu", "Priya", "Quinn", "Rosa", "Sam", "Tariq");
    private static final List<String> SURNAMES = List.of("Ahmed", "Brown", "Campbell", "Davies", "Evans", "Fofana",
            "Green", "Hughes", "Iqbal", "Jones", "Khan", "Lewis", "Mensah", "Nowak", "Okafor", "Patel", "Roberts",
            "Smith", "Taylor", "Williams");

    /** What a complaint in each category is about, and the lesson and improvement it may teach. */
    record Topic(String description, String outcomeSought, String lesson, String improvement, String owner) {
    }

    private static final Map<String, Topic> TOPICS = Map.ofEntries(
            topic("repairs", "Repeated missed appointments to repair a leaking kitchen tap", "repair the leak",
                    "Repair appointments were missed without the resident being told", "Text reminders and same-day "
                            + "notice of a missed appointment", "Repairs Service Manager"),
            topic("damp-and-mould", "Damp and mould in the bedroom reported three times without a survey",
                    "treat the mould and fix its cause", "Reports of damp were closed after a wipe-down without "
                            + "finding the cause", "Every damp report gets a survey within 10 working days",
                    "Damp and Mould Lead"),
            topic("building-safety", "Communal fire door left broken for weeks", "repair the fire door",
                    "Communal fire door defects were not escalated as safety repairs",
                    "Fire door defects logged as emergency repairs", "Building Safety Manager"),
            topic("anti-social-behaviour", "Reports of noise from a neighbour were not followed up",
                    "act on the reports", "Case updates were not given to residents reporting anti-social behaviour",
                    "A named officer and fortnightly updates on every open case", "Community Safety Manager"),
            topic("staff-conduct", "A contractor was rude during a visit", "an apology",
                    "Contractors' conduct was not covered by the customer care standards",
                    "Customer care standards added to contractors' terms", "Contracts Manager"),
            topic("communication", "Letters and calls about a transfer went unanswered", "a reply",
                    "Emails to the shared mailbox went unanswered for weeks", "A 5-working-day answer standard "
                            + "for the shared mailbox, reported monthly", "Customer Services Manager"),
            topic("complaint-handling", "The complaint was not acknowledged and no one called back",
                    "a proper response", "Complaints made by phone were not always logged", "Every call logged "
                            + "as a complaint when the caller is dissatisfied", "Complaints Manager"),
            topic("rent-and-charges", "Rent account charged twice after a direct debit change",
                    "a refund", "Direct debit changes were keyed twice", "A check of every direct debit change "
                            + "before the next collection", "Income Manager"),
            topic("leasehold-and-service-charges", "Service charge rise not explained", "a breakdown of the charge",
                    "Service charge estimates went out without a breakdown", "Breakdowns sent with every estimate",
                    "Home Ownership Manager"),
            topic("estate-management", "Communal grass not cut all summer", "the grass cut",
                    "Grounds maintenance visits were not checked", "Estate inspections published monthly",
                    "Neighbourhoods Manager"),
            topic("allocations-and-lettings", "The home let was not cleaned before moving in", "cleaning and "
                    + "redecoration", "The lettable standard was not checked before keys were handed over",
                    "A signed lettable standard check before every let", "Lettings Manager"),
            topic("tenancy-management", "Request for a mutual exchange not answered", "a decision",
                    "Mutual exchange requests waited without an owner", "Each request assigned on receipt and "
                            + "decided within 42 days", "Tenancy Services Manager"),
            topic("reasonable-adjustments", "Letters not sent in large print as agreed", "large-print letters",
                    "Agreed adjustments were not visible to every team", "Adjustments shown on every screen "
                            + "that sends letters", "Equality and Inclusion Lead"),
            topic("other", "Parking permit not renewed", "a new permit", "Permit renewals relied on one officer",
                    "Permit renewals automated", "Neighbourhoods Manager"));

    private Wording() {
    }

    private static Map.Entry<String, Topic> topic(String category, String description, String outcome, String lesson,
                                                  String improvement, String owner) {
        return Map.entry(category, new Topic(description, outcome, lesson, improvement, owner));
    }

    static Topic topic(String category) {
        return TOPICS.get(category);
    }

    static String residentName(SplittableRandom random) {
        return FIRST_NAMES.get(random.nextInt(FIRST_NAMES.size())) + " " + SURNAMES.get(random.nextInt(SURNAMES.size()));
    }

    static final String ESCALATION_ROUTE = "If you are not satisfied you may ask us to take your complaint to the next "
            + "stage, or once our procedure is complete refer it to the Housing Ombudsman (0300 111 3000, "
            + "www.housing-ombudsman.org.uk)";
    static final String EXTENSION_REASON = "A specialist survey needed to answer the complaint could not be done "
            + "before the deadline";
    static final String GOOD_REASON = "The resident asked for the survey to wait until they return from hospital";
    static final String ACKNOWLEDGED_LATE_ENTRY = "Acknowledgement letter sent on the day; entered on the ledger after "
            + "the weekly records check found it missing";
    static final String LOGGED_LATE = "Complaint received by letter at a local office and passed to the complaints "
            + "team days later";
    static final String RESPONSE_LATE_ENTRY = "Response sent by post on the day; the copy was entered on the ledger "
            + "late";
    static final String EXTENSION_LATE_ENTRY = "Extension agreed with the resident by phone before the deadline; the "
            + "note of the call was entered after it";
}
