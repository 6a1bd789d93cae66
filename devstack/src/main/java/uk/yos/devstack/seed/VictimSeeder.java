package uk.yos.devstack.seed;

import java.sql.Connection;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.Period;
import java.util.List;
import java.util.Map;

import uk.yos.common.calendar.WorkingDayCalendar;

/**
 * victim-service's part of a population: victims of seeded offences (the case, the offence and the child are
 * case-service's), referred once the case is open, with the RJ information due date the service computes (5
 * working days, 1 with enhanced rights). Most were given the information (a contact records it), most of those
 * consented to contact, some were offered restorative justice and have an intervention. Victims prefer contact in
 * person and have no stored contact details (those are encrypted with the stack's own key).
 */
final class VictimSeeder {

    static final String SEED_USER = PopulationSeeder.SEED_USER;
    static final int RJ_INFORMATION_WORKING_DAYS = 5;
    static final int RJ_INFORMATION_ENHANCED_WORKING_DAYS = 1;

    private static final String[] INTERVENTION_TYPES = {"DIRECT_CONFERENCE", "SHUTTLE_COMMUNICATION",
        "LETTER_OF_EXPLANATION", "DIRECT_REPARATION", "COMMUNITY_REPARATION", "ATTENDING_PANEL",
        "VICTIM_IMPACT_STATEMENT"};

    private final SeedOptions options;
    private final LocalDate asOf;
    private final WorkingDayCalendar calendar;

    VictimSeeder(SeedOptions options, LocalDate asOf, WorkingDayCalendar calendar) {
        this.options = options;
        this.asOf = asOf;
        this.calendar = calendar;
    }

    Map<String, Long> seed(Connection connection, SeedRandom random, List<SeededOffence> offences) {
        SeedRandom victims = random.stream("victims");
        try (Batches batches = new Batches(connection)) {
            BatchInsert victim = batches.table("victim", "id", "version", "case_id", "offence_id", "young_person_id",
                    "given_name", "family_name", "date_of_birth", "address", "phone", "email",
                    "preferred_contact_method", "referred_on", "under_eighteen", "vulnerable_or_intimidated",
                    "most_serious_crime", "enhanced_rights", "rj_information_due_date", "rj_information_given_on",
                    "police_consent_to_share", "police_consent_on", "consent_to_contact", "consent_to_contact_on",
                    "evaluation_consent", "evaluation_consent_on", "consent_withdrawn_on", "consent_withdrawal_reason",
                    "rj_offered", "rj_decision_reasons", "rj_decided_on", "rj_decided_by", "views", "wishes",
                    "agreed_reparation", "feedback_recorded_at", "feedback_recorded_by", "created_at", "created_by",
                    "updated_at", "updated_by");
            BatchInsert contact = batches.table("victim_contact", "id", "victim_id", "contacted_on", "method",
                    "outcome", "rj_information_given", "notes", "recorded_at", "recorded_by");
            BatchInsert intervention = batches.table("rj_intervention", "id", "version", "victim_id", "case_id",
                    "intervention_type", "status", "planned_on", "completed_on", "outcome", "victim_informed_on",
                    "created_at", "created_by", "updated_at", "updated_by");

            for (int i = 0; i < options.victims(); i++) {
                SeededOffence offence = offences.get(victims.nextInt(offences.size()));
                LocalDate referredOn = min(offence.outcomeDate().plusDays(victims.between(0, 10)), asOf);
                LocalDate dateOfBirth = victims.chance(0.6)
                        ? victims.dateBetween(asOf.minusYears(80), asOf.minusYears(9)) : null;
                boolean underEighteen = dateOfBirth != null
                        ? Period.between(dateOfBirth, referredOn).getYears() < 18 : victims.chance(0.1);
                boolean vulnerable = victims.chance(0.15);
                boolean mostSerious = offence.gravityScore() >= 6 && victims.chance(0.5);
                boolean enhanced = underEighteen || vulnerable || mostSerious;
                LocalDate due = calendar.plusWorkingDays(referredOn,
                        enhanced ? RJ_INFORMATION_ENHANCED_WORKING_DAYS : RJ_INFORMATION_WORKING_DAYS);
                LocalDate givenOn = null;
                if (!due.isAfter(asOf) && victims.chance(0.85)) {
                    givenOn = min(referredOn.plusDays(victims.between(1, victims.chance(0.9) ? 5 : 12)), asOf);
                }
                boolean consent = givenOn != null && victims.chance(0.7);
                LocalDate decidedOn = consent && victims.chance(0.6) ? min(givenOn.plusDays(victims.between(3, 20)),
                        asOf) : null;
                boolean offered = decidedOn != null && victims.chance(0.7);

                LocalDateTime created = victims.during(referredOn);
                LocalDateTime updated = victims.during(decidedOn != null ? decidedOn
                        : givenOn != null ? givenOn : referredOn);
                byte[] id = victims.uuid(created);
                int version = (givenOn != null ? 1 : 0) + (consent ? 1 : 0) + (decidedOn != null ? 1 : 0);
                victim.row(id, version, offence.caseId(), offence.offenceId(), offence.child().id(),
                        FictionalNames.given(victims), FictionalNames.family(victims), dateOfBirth, null, null, null,
                        "IN_PERSON", referredOn, underEighteen, vulnerable, mostSerious, enhanced, due, givenOn,
                        Boolean.TRUE, referredOn, givenOn == null ? null : consent, consent ? givenOn : null,
                        null, null, null, null, decidedOn == null ? null : offered,
                        decidedOn == null ? null : offered ? "The victim wants to take part and the young person "
                                + "accepts responsibility (seeded)." : "The victim does not want to meet (seeded).",
                        decidedOn, decidedOn == null ? null : SEED_USER, null, null, null, null, null,
                        created, SEED_USER, updated, SEED_USER);
                if (givenOn != null) {
                    contact.row(victims.uuid(victims.during(givenOn)), id, givenOn, "IN_PERSON", "MET_VICTIM", true,
                            "RJ information given (seeded).", victims.during(givenOn), SEED_USER);
                }
                if (offered && victims.chance(0.6)) {
                    LocalDate planned = decidedOn.plusDays(victims.between(7, 40));
                    boolean completed = planned.plusDays(7).isBefore(asOf);
                    LocalDateTime interventionCreated = victims.during(decidedOn);
                    intervention.row(victims.uuid(interventionCreated), completed ? 1 : 0, id, offence.caseId(),
                            victims.pick(INTERVENTION_TYPES), completed ? "COMPLETED" : "PLANNED", planned,
                            completed ? planned : null, completed ? "Went ahead as planned (seeded)." : null,
                            completed ? planned.plusDays(2) : null, interventionCreated, SEED_USER,
                            completed ? victims.during(planned.plusDays(2)) : interventionCreated, SEED_USER);
                }
            }
            batches.close();
            return batches.counts();
        }
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }
}
