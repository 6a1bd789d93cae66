package uk.yos.devstack.seed;

import java.sql.Connection;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

import uk.yos.common.calendar.WorkingDayCalendar;

/**
 * prevention-service's part of a population. Each referral's child is a seeded child as case-service records them
 * (names, date of birth, gender, PNC id), 10 to 17 when referred, with the assessment due 10 working days after
 * receipt. The referrals whose joint decision was a youth caution or conditional caution name the case that decision
 * opened (which names them back); the others are at every stage: received, triaged, decided without a case, closed.
 */
final class PreventionSeeder {

    static final String SEED_USER = PopulationSeeder.SEED_USER;
    static final int ASSESSMENT_WORKING_DAYS = 10;

    private static final String[] SOURCES = {"POLICE", "COURT_DIVERSION", "SCHOOL", "SOCIAL_CARE", "FAMILY", "SELF"};
    private static final int[] SOURCE_WEIGHTS = {55, 10, 15, 12, 6, 2};
    private static final Map<String, String> ORGANISATIONS = Map.of("POLICE", "NORTHAMPTONSHIRE_POLICE",
            "COURT_DIVERSION", "HMCTS", "SCHOOL", "SEEDED_ACADEMY_TRUST", "SOCIAL_CARE", "CHILDRENS_SERVICES",
            "FAMILY", "FAMILY", "SELF", "SELF");
    private static final String[] RISKS = {"CRIMINAL_EXPLOITATION", "KNIFE_CARRYING", "SEXUAL_EXPLOITATION",
        "SERIOUS_VIOLENCE", "SUBSTANCE_MISUSE", "ANTISOCIAL_BEHAVIOUR", "OTHER"};
    private static final String[] OUT_OF_COURT_OUTCOMES = {"NO_FURTHER_ACTION", "COMMUNITY_RESOLUTION",
        "OUTCOME_21", "OUTCOME_22"};
    private static final String[] CLOSURES = {"ENGAGED_AND_COMPLETED", "DECLINED", "NO_FURTHER_ACTION"};

    private final SeedOptions options;
    private final LocalDate asOf;
    private final WorkingDayCalendar calendar;
    private final int referralOffset;

    /** @param referralOffset referrals already seeded (with {@code --add}), so references stay unique */
    PreventionSeeder(SeedOptions options, LocalDate asOf, WorkingDayCalendar calendar, int referralOffset) {
        this.options = options;
        this.asOf = asOf;
        this.calendar = calendar;
        this.referralOffset = referralOffset;
    }

    /** One referral's stages, each null until reached. */
    private static final class Stages {
        byte[] id;
        SeededChild child;
        String source;
        LocalDate receivedOn;
        boolean offence;
        String offenceType;
        String offenceDescription;
        LocalDate offenceDate;
        Integer gravity;
        LocalDate triagedOn;
        String decision;
        LocalDate decidedOn;
        DiversionCase diversion;
        String closure;
        LocalDate closedOn;
    }

    Map<String, Long> seed(Connection connection, SeedRandom random, List<SeededChild> children,
                           List<DiversionCase> diversions) {
        SeedRandom referrals = random.stream("prevention-referrals");
        try (Batches batches = new Batches(connection)) {
            BatchInsert referral = batches.table("prevention_referral", "id", "version", "reference", "status",
                    "source", "referring_organisation", "referrer_name", "referrer_contact", "received_on",
                    "assessment_due_date", "child_given_name", "child_family_name", "child_date_of_birth",
                    "child_gender", "child_address", "child_school", "child_pnc_id", "reason_type",
                    "offence_type_code", "offence_description", "offence_date", "offence_gravity_score",
                    "outcome_considered", "risk_detail", "assessment_completed_on", "triage_notes",
                    "padat_completed_on", "camhs_screened_on", "camhs_outcome", "camhs_notes",
                    "voluntary_work_consent", "consent_recorded_on", "child_ethnicity", "child_locality_code",
                    "child_in_care", "child_send", "child_ehcp", "triaged_at", "triaged_by", "decision_outcome",
                    "decision_reasons", "decided_on", "case_team_code", "case_id", "young_person_id",
                    "young_person_matched", "decision_recorded_at", "decision_recorded_by", "closed_on",
                    "closure_outcome", "closure_notes", "closure_recorded_at", "closure_recorded_by", "created_at",
                    "created_by", "updated_at", "updated_by");
            BatchInsert risk = batches.table("prevention_referral_risk", "referral_id", "category");
            BatchInsert panelMember = batches.table("prevention_decision_panel_member", "referral_id", "list_index",
                    "name", "agency", "member_role");

            for (int n = 0; n < options.preventionReferrals(); n++) {
                Stages s = n < diversions.size() ? fromDiversion(referrals, diversions.get(n))
                        : stages(referrals, children.get(referrals.nextInt(children.size())));
                SeededChild child = s.diversion != null ? s.diversion.offence().child() : s.child;
                LocalDateTime created = referrals.during(s.receivedOn);
                if (s.id == null) {
                    s.id = referrals.uuid(created);
                }
                LocalDateTime triagedAt = s.triagedOn == null ? null : referrals.during(s.triagedOn);
                LocalDateTime decidedAt = s.decidedOn == null ? null : referrals.during(s.decidedOn);
                LocalDateTime closedAt = s.closedOn == null ? null : referrals.during(s.closedOn);
                LocalDateTime updated = closedAt != null ? closedAt : decidedAt != null ? decidedAt
                        : triagedAt != null ? triagedAt : created;
                String status = closedAt != null ? "CLOSED" : decidedAt != null ? "DECIDED"
                        : triagedAt != null ? "TRIAGED" : "RECEIVED";
                int version = (triagedAt != null ? 1 : 0) + (decidedAt != null ? 1 : 0) + (closedAt != null ? 1 : 0);
                DiversionCase d = s.diversion;
                referral.row(s.id, version, reference(s.receivedOn, referralOffset + n), status, s.source,
                        ORGANISATIONS.get(s.source), FictionalNames.full(referrals), null, s.receivedOn,
                        calendar.plusWorkingDays(s.receivedOn, ASSESSMENT_WORKING_DAYS), child.givenName(),
                        child.familyName(), child.dateOfBirth(), child.gender(), null, null, child.pncId(),
                        s.offence ? "OFFENCE" : "RISK", s.offenceType, s.offenceDescription, s.offenceDate, s.gravity,
                        s.offence ? (d != null ? d.caseType() : "COMMUNITY_RESOLUTION") : null,
                        s.offence ? null : "Concerns raised by the referrer (seeded).",
                        s.triagedOn, triagedAt == null ? null : "Assessment completed (seeded).",
                        s.offence ? s.triagedOn : null, null, null, null,
                        triagedAt == null ? null : "GIVEN", s.triagedOn,
                        triagedAt == null ? null : child.ethnicity(), triagedAt == null ? null : child.localityCode(),
                        triagedAt == null ? null : child.inCare(), triagedAt == null ? null : child.send(),
                        triagedAt == null ? null : child.ehcp(), triagedAt, triagedAt == null ? null : SEED_USER,
                        s.decision, s.decision == null ? null : "Agreed by the joint decision panel (seeded).",
                        s.decidedOn, d == null ? null : d.teamCode(), d == null ? null : d.caseId(),
                        d == null ? null : child.id(), d == null ? null : Boolean.TRUE, decidedAt,
                        decidedAt == null ? null : SEED_USER, s.closedOn, s.closure, null, closedAt,
                        closedAt == null ? null : SEED_USER, created, SEED_USER, updated, SEED_USER);
                if (!s.offence) {
                    risk.row(s.id, referrals.pick(RISKS));
                }
                if (s.decision != null) {
                    panelMember.row(s.id, 0, FictionalNames.full(referrals), "POLICE", "Police officer");
                    panelMember.row(s.id, 1, FictionalNames.full(referrals), "YOS", "Prevention worker");
                }
            }
            batches.close();
            return batches.counts();
        }
    }

    /** A referral decided as a caution, with the case the decision opened (case-service names it as the source). */
    private Stages fromDiversion(SeedRandom random, DiversionCase d) {
        Stages s = new Stages();
        s.id = d.referralId();
        s.diversion = d;
        s.source = "POLICE";
        s.receivedOn = d.receivedOn();
        s.offence = true;
        s.offenceType = d.offence().offenceTypeCode();
        s.offenceDescription = d.offence().description();
        s.offenceDate = d.offence().offenceDate();
        s.gravity = d.offence().gravityScore();
        s.triagedOn = d.receivedOn().plusDays(random.between(0, (int) Math.max(0,
                d.decidedOn().toEpochDay() - d.receivedOn().toEpochDay())));
        s.decision = d.caseType();
        s.decidedOn = d.decidedOn();
        LocalDate closedOn = d.decidedOn().plusDays(random.between(1, 30));
        if (random.chance(0.5) && !closedOn.isAfter(asOf)) {
            s.closure = "CASE_OPENED";
            s.closedOn = closedOn;
        }
        return s;
    }

    /** A referral without a case: how far it got depends on how long ago it came in. */
    private Stages stages(SeedRandom random, SeededChild child) {
        Stages s = new Stages();
        s.child = child;
        s.source = random.weighted(SOURCES, SOURCE_WEIGHTS);
        LocalDate first = max(child.dateOfBirth().plusYears(10), asOf.minusYears(3));
        LocalDate last = min(child.dateOfBirth().plusYears(18).minusDays(1), asOf);
        s.receivedOn = random.dateBetween(first, last);
        s.offence = random.chance(0.6);
        if (s.offence) {
            s.offenceType = random.pick(CaseSeeder.OFFENCE_TYPES);
            s.offenceDescription = "Seeded offence: " + s.offenceType.toLowerCase(java.util.Locale.ROOT)
                    .replace('_', ' ') + " (fictional)";
            s.offenceDate = max(s.receivedOn.minusDays(random.between(1, 10)), child.dateOfBirth().plusYears(10));
            s.gravity = random.between(1, 3);
        }
        long age = asOf.toEpochDay() - s.receivedOn.toEpochDay();
        if (age < 7 || random.chance(0.05)) {
            return s;
        }
        s.triagedOn = s.receivedOn.plusDays(random.between(1, (int) Math.min(age, 14)));
        if (age < 21 || random.chance(0.1)) {
            return s;
        }
        if (s.offence) {
            s.decision = random.pick(OUT_OF_COURT_OUTCOMES);
            s.decidedOn = min(s.triagedOn.plusDays(random.between(1, 10)), asOf);
        }
        LocalDate closedOn = (s.decidedOn != null ? s.decidedOn : s.triagedOn).plusDays(random.between(30, 120));
        if (!closedOn.isAfter(asOf) && random.chance(0.8)) {
            s.closure = random.pick(CLOSURES);
            s.closedOn = closedOn;
        }
        return s;
    }

    /**
     * {@code PD-<year received>-<8 hex digits>} as the service makes them; the digits are a bijection of the
     * referral's number (multiplying by an odd constant modulo 2^32), so they look random and never repeat.
     */
    static String reference(LocalDate receivedOn, int number) {
        return "PD-" + receivedOn.getYear() + "-" + java.util.HexFormat.of().toHexDigits(number * 0x9E3779B1);
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }

    private static LocalDate max(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }
}
