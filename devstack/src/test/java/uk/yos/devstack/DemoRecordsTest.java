package uk.yos.devstack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.Period;
import java.time.temporal.ChronoUnit;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The demo records beyond the children and cases: they name demo children that exist and fit the API's rules. */
class DemoRecordsTest {

    private static final Map<String, DemoData.Child> CHILDREN = DemoData.children().stream()
            .collect(Collectors.toMap(DemoData.Child::localReference, Function.identity()));

    @Test
    void practiceRecordsNameDemoChildrenOnceAndCoverEveryStage() {
        Set<String> seen = new HashSet<>();
        Set<DemoPracticeRecords.Stage> stages = new HashSet<>();
        for (DemoPracticeRecords.Practice p : DemoPracticeRecords.PRACTICE) {
            assertTrue(CHILDREN.containsKey(p.localReference()), p.localReference());
            assertTrue(seen.add(p.localReference()), p.localReference() + " twice");
            stages.add(p.stage());
            boolean rated = p.stage() != DemoPracticeRecords.Stage.OVERDUE;
            assertEquals(rated, p.rosh() != null && p.safetyAndWellbeing() != null && p.reoffending() != null, p
                    .toString());
        }
        assertEquals(Set.of(DemoPracticeRecords.Stage.values()), stages);
        assertTrue(DemoPracticeRecords.PRACTICE.stream().anyMatch(p -> p.contingencyPlanVersions() == 2));
        assertTrue(DemoPracticeRecords.PRACTICE.stream()
                .anyMatch(p -> p.screenings() == DemoPracticeRecords.Screenings.GANG_CONCERNS_REFERRED_TO_NRM));
    }

    @Test
    void aSignedOffHighRatingIsWhatMakesARiskPanelDue() {
        // case-service makes a risk panel due only after ROSH or safety and wellbeing HIGH or VERY_HIGH takes effect
        for (DemoPracticeRecords.Practice p : DemoPracticeRecords.PRACTICE) {
            boolean panel = p.stage() == DemoPracticeRecords.Stage.PANEL_DUE
                    || p.stage() == DemoPracticeRecords.Stage.PANEL_HELD;
            if (panel) {
                assertTrue(List.of(p.rosh(), p.safetyAndWellbeing()).contains("HIGH"), p.toString());
            }
        }
    }

    @Test
    void referralOrdersAreForDemoReferralOrderCases() {
        Set<String> cases = new HashSet<>();
        for (DemoReferralOrders.DemoOrder order : DemoReferralOrders.ORDERS_LIST) {
            assertEquals("REFERRAL_ORDER", CHILDREN.get(order.localReference()).caseType(), order.toString());
            assertTrue(cases.add(order.localReference()), "one order per case: " + order);
            assertTrue(order.lengthMonths() >= 3 && order.lengthMonths() <= 12, order.toString());
        }
        assertTrue(DemoReferralOrders.ORDERS_LIST.stream()
                .anyMatch(o -> o.progress() == DemoReferralOrders.Progress.CONTRACT_AGREED));
    }

    @Test
    void panelsCanBeComposedFromTheReadyVolunteers() {
        // a panel needs two volunteers or more, one of them chair-trained
        List<DemoVolunteers.Volunteer> ready = DemoVolunteers.VOLUNTEERS_LIST.stream()
                .filter(DemoVolunteers.Volunteer::ready).toList();
        assertTrue(ready.size() >= 2);
        assertTrue(ready.get(0).chair(), "the chair comes first: panels seat the first ready volunteer as chair");
    }

    @Test
    void victimsAndPreventionReferralsAreDistinct() {
        for (DemoVictims.DemoVictim v : DemoVictims.VICTIMS_LIST) {
            assertTrue(CHILDREN.containsKey(v.caseReference()), v.toString());
        }
        Set<String> names = new HashSet<>();
        for (DemoPreventionReferrals.DemoReferral r : DemoPreventionReferrals.REFERRALS_LIST) {
            assertTrue(names.add(r.givenName() + " " + r.familyName()), "found by name, so names differ: " + r);
            assertTrue(r.ageYears() >= 10 && r.ageYears() <= 17, r.toString());
            if (r.progress() == DemoPreventionReferrals.Progress.DECIDED) {
                // a decision is on an offence (diversion) referral here, as a caution needs one
                assertNotNull(r.decision(), r.toString());
                assertNotNull(r.offenceType(), r.toString());
            }
        }
        assertTrue(DemoPreventionReferrals.REFERRALS_LIST.stream().anyMatch(r -> "YOUTH_CAUTION".equals(r.decision())));
    }

    @ParameterizedTest
    @ValueSource(strings = { "2026-12-07", "2027-02-28", "2027-08-31", "2028-02-29", "2028-03-31" })
    void theTransitionChildReaches17AndAHalfWithinTwoWeeks(String day) {
        LocalDate today = LocalDate.parse(day);
        DemoData.Child child = new DemoTransitionChild(null, new DemoTally(), today).child();
        LocalDate born = child.dateOfBirth(today);
        LocalDate transition = born.plusYears(17).plusMonths(6);
        long days = ChronoUnit.DAYS.between(today, transition);
        assertTrue(days >= 7 && days <= 14, "reaches 17 years 6 months in " + days + " days");
        assertEquals(17, Period.between(born, today).getYears());
        assertEquals(17, Period.between(born, child.offenceDate(today)).getYears());
        assertFalse(child.outcomeDate(today).isAfter(today));
        assertFalse(CHILDREN.containsKey(child.localReference()));
    }

    @Test
    void aTallyWithNothingCreatedSaysSo() {
        DemoTally tally = new DemoTally();
        tally.add("children", 0, 20);
        tally.found("victims");
        assertEquals(0, tally.createdTotal());
        assertTrue(tally.toString().startsWith("nothing new"), tally.toString());
        tally.created("victims");
        assertEquals(1, tally.createdCount("victims"));
        assertEquals(1, tally.foundCount("victims"));
        assertFalse(tally.toString().startsWith("nothing new"), tally.toString());
    }
}
