package uk.yos.devstack.seed;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import uk.yos.devstack.DevStackException;

/**
 * referral-order-service's part of a population: a pool of active volunteers (DBS checked, a quarter of them
 * chair-trained) and one order per referral-order case, following its {@link OrderTimeline}: the initial panel
 * (scheduled, or held with the contract agreed and its terms), a review panel once three months have passed, the
 * final panel when the order completed. Every panel has a YOS panel advisor, a chair and two more volunteers.
 */
final class ReferralOrderSeeder {

    static final String SEED_USER = PopulationSeeder.SEED_USER;

    private static final String[] CONTRACT_TERMS = {
        "Attend every session with the YOS worker", "Write a letter of explanation to the victim",
        "Take part in eight hours of community reparation", "Attend the weekly sports programme",
        "Complete the victim awareness course", "Keep to the agreed curfew on school nights",
        "Attend the substance misuse sessions", "Meet the education worker each fortnight"};

    private final SeedOptions options;
    private final LocalDate asOf;

    ReferralOrderSeeder(SeedOptions options, LocalDate asOf) {
        this.options = options;
        this.asOf = asOf;
    }

    private record Volunteer(byte[] id, boolean chair) {
    }

    Map<String, Long> seed(Connection connection, SeedRandom random, List<OrderCase> orderCases) {
        SeedRandom orders = random.stream("referral-orders");
        List<byte[][]> contractPanels = new ArrayList<>();
        Map<String, Long> counts;
        try (Batches batches = new Batches(connection)) {
            BatchInsert volunteer = batches.table("volunteer", "id", "version", "given_name", "family_name", "email",
                    "phone", "representative", "mentor", "status", "user_subject", "dbs_checked_on", "dbs_expires_on",
                    "availability_note", "created_at", "created_by", "updated_at", "updated_by");
            BatchInsert training = batches.table("volunteer_training", "id", "volunteer_id", "kind", "completed_on",
                    "provider", "recorded_at", "recorded_by");
            BatchInsert order = batches.table("referral_order", "id", "version", "case_id", "young_person_id",
                    "owning_team_code", "sentence_date", "court_name", "length_months", "extension_months", "status",
                    "initial_panel_due_date", "initial_panel_held_on", "contract_agreed_on", "start_date", "end_date",
                    "contract_panel_id", "closed_on", "created_at", "created_by", "updated_at", "updated_by");
            BatchInsert panel = batches.table("panel", "id", "version", "referral_order_id", "case_id",
                    "young_person_id", "panel_type", "status", "scheduled_for", "location", "held_on", "attendance",
                    "decision", "outcome_notes", "outcome_recorded_at", "outcome_recorded_by", "debriefed_on",
                    "debrief_notes", "debrief_recorded_by", "cancelled_on", "cancellation_reason", "created_at",
                    "created_by", "updated_at", "updated_by");
            BatchInsert advisor = batches.table("panel_advisor", "panel_id", "position", "worker_id", "worker_name");
            BatchInsert member = batches.table("panel_member", "id", "panel_id", "volunteer_id", "chair");
            BatchInsert term = batches.table("panel_contract_term", "panel_id", "position", "term");

            List<Volunteer> chairs = new ArrayList<>();
            List<Volunteer> others = new ArrayList<>();
            LocalDate recruited = asOf.minusYears(4);
            int volunteers = Math.max(12, options.referralOrders() / 25);
            for (int i = 0; i < volunteers; i++) {
                LocalDateTime created = orders.during(recruited.plusDays(i % 30));
                Volunteer v = new Volunteer(orders.uuid(created), i % 4 == 0);
                (v.chair() ? chairs : others).add(v);
                LocalDate dbsChecked = asOf.minusYears(3).minusMonths(6);
                volunteer.row(v.id(), 2, FictionalNames.given(orders), FictionalNames.family(orders), null, null,
                        orders.chance(0.3), orders.chance(0.2), "ACTIVE", null, dbsChecked, asOf.plusYears(1),
                        "Weekday evenings", created, SEED_USER, created, SEED_USER);
                training.row(orders.uuid(created), v.id(), "INITIAL", recruited.plusDays(40), "YOS volunteer training",
                        created, SEED_USER);
                if (v.chair()) {
                    training.row(orders.uuid(created), v.id(), "CHAIR", recruited.plusDays(120), "YOS chair training",
                            created, SEED_USER);
                }
            }
            List<String[]> advisors = new ArrayList<>();
            for (int i = 0; i < 12; i++) {
                advisors.add(new String[] {orders.subject(), FictionalNames.full(orders)});
            }

            for (OrderCase c : orderCases) {
                OrderTimeline t = c.timeline();
                LocalDateTime created = orders.during(t.sentenceDate());
                byte[] orderId = orders.uuid(created);
                order.row(orderId, t.awaitingContract() ? 0 : t.completedOn() == null ? 1 : 2, c.caseId(),
                        c.child().id(), c.teamCode(), t.sentenceDate(), "Northamptonshire Youth Court",
                        t.lengthMonths(), 0, t.status(), t.initialPanelDueDate(),
                        t.awaitingContract() ? null : t.initialPanelOn(), t.contractAgreedOn(), t.contractAgreedOn(),
                        t.endDate(), null, t.completedOn(), created, SEED_USER,
                        t.completedOn() != null ? orders.during(t.completedOn())
                                : t.awaitingContract() ? created : orders.during(t.contractAgreedOn()), SEED_USER);

                String[] panelAdvisor = orders.pick(advisors);
                byte[] initial = panel(orders, panel, advisor, member, c, orderId, "INITIAL", t.initialPanelOn(),
                        t.awaitingContract() ? null : "CONTRACT_AGREED", panelAdvisor, chairs, others);
                if (!t.awaitingContract()) {
                    contractPanels.add(new byte[][] {orderId, initial});
                    int terms = orders.between(2, 4);
                    for (int p = 0; p < terms; p++) {
                        term.row(initial, p, CONTRACT_TERMS[(p * 3 + orders.nextInt(3)) % CONTRACT_TERMS.length]);
                    }
                    LocalDate review = t.contractAgreedOn().plusMonths(3);
                    if (review.isBefore(t.endDate()) && !review.isAfter(asOf)) {
                        panel(orders, panel, advisor, member, c, orderId, "REVIEW", review, "PROGRESS_REVIEWED",
                                panelAdvisor, chairs, others);
                    }
                    if (t.completedOn() != null) {
                        panel(orders, panel, advisor, member, c, orderId, "FINAL", t.completedOn(), "ORDER_COMPLETED",
                                panelAdvisor, chairs, others);
                    }
                }
            }
            batches.close();
            counts = batches.counts();
        }
        linkContractPanels(connection, contractPanels);
        return counts;
    }

    /**
     * One panel with its advisor and three volunteers (one the chair); held with {@code decision} when it is given,
     * else scheduled for {@code on}.
     */
    private byte[] panel(SeedRandom random, BatchInsert panel, BatchInsert advisor, BatchInsert member, OrderCase c,
                         byte[] orderId, String type, LocalDate on, String decision, String[] panelAdvisor,
                         List<Volunteer> chairs, List<Volunteer> others) {
        LocalDateTime scheduled = on.atTime(random.pick(new Integer[] {10, 14, 17}), 0);
        LocalDateTime created = random.during(on.minusDays(random.between(7, 14)));
        byte[] id = random.uuid(created);
        boolean held = decision != null;
        LocalDateTime recorded = held ? scheduled.plusHours(2) : null;
        panel.row(id, held ? 2 : 0, orderId, c.caseId(), c.child().id(), type, held ? "HELD" : "SCHEDULED",
                scheduled, "YOS office, " + c.child().localityCode().charAt(0)
                        + c.child().localityCode().substring(1).toLowerCase(java.util.Locale.ROOT),
                held ? on : null, held ? "ATTENDED" : null, decision,
                held ? "The panel met the young person and their parent (seeded)." : null, recorded,
                held ? SEED_USER : null, held ? on : null, held ? "Went as planned (seeded)." : null,
                held ? SEED_USER : null, null, null, created, SEED_USER, held ? recorded : created, SEED_USER);
        advisor.row(id, 0, panelAdvisor[0], panelAdvisor[1]);
        member.row(random.uuid(created), id, random.pick(chairs).id(), true);
        int first = random.nextInt(others.size());
        int second = (first + 1 + random.nextInt(others.size() - 1)) % others.size();
        member.row(random.uuid(created), id, others.get(first).id(), false);
        member.row(random.uuid(created), id, others.get(second).id(), false);
        return id;
    }

    /** The contract panel of each order, set once both rows exist (each refers to the other). */
    private static void linkContractPanels(Connection connection, List<byte[][]> orderAndPanel) {
        try (PreparedStatement update = connection.prepareStatement(
                "UPDATE referral_order SET contract_panel_id = ? WHERE id = ?")) {
            int pending = 0;
            for (byte[][] pair : orderAndPanel) {
                update.setBytes(1, pair[1]);
                update.setBytes(2, pair[0]);
                update.addBatch();
                if (++pending % Batches.SEND_EVERY == 0) {
                    update.executeBatch();
                }
            }
            update.executeBatch();
            connection.commit();
        } catch (SQLException e) {
            throw new DevStackException("Cannot link the referral orders to their contract panels: " + e.getMessage(),
                    e);
        }
    }
}
