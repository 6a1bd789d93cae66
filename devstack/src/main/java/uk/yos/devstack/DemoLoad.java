package uk.yos.devstack;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * {@code ./yos up --demo-data}: loads the demo records of every service through the gateway, each as the demo user
 * whose role records it, so the services' validation, access rules and audit apply: the children and cases
 * ({@link DemoDataLoader}), a child near transition age, the practice record, volunteers and referral orders,
 * victims, and prevention referrals. Every part finds its records before it creates them, so a second load creates
 * nothing and an interrupted one finishes.
 */
public final class DemoLoad {

    /** The services count days in England. */
    private static final ZoneId LONDON = ZoneId.of("Europe/London");

    private final String gatewayUrl;
    private final Function<String, String> tokenForUsername;
    private final Consumer<String> log;

    /**
     * @param gatewayUrl       the stack's gateway, e.g. http://127.0.0.1:8080
     * @param tokenForUsername access token of a demo user, e.g. {@code keycloak::tokenFor}
     */
    public DemoLoad(String gatewayUrl, Function<String, String> tokenForUsername, Consumer<String> log) {
        this.gatewayUrl = gatewayUrl;
        this.tokenForUsername = tokenForUsername;
        this.log = log;
    }

    public DemoTally load() {
        LocalDate today = LocalDate.now(LONDON);
        DemoTally tally = new DemoTally();
        DemoDataLoader.Result people = new DemoDataLoader(gatewayUrl, tokenForUsername, log).load();
        tally.add("children", people.childrenCreated(), people.childrenFound());
        tally.add("cases", people.casesCreated(), people.casesFound());

        DemoApi api = new DemoApi(gatewayUrl, tokenForUsername);
        new DemoTransitionChild(api, tally, today).load();
        DemoCases cases = DemoCases.find(api);
        new DemoPracticeRecords(api, tally, today).load(cases);
        Map<String, String> volunteers = new DemoVolunteers(api, tally, today).load();
        new DemoReferralOrders(api, tally, today).load(cases, volunteers);
        new DemoVictims(api, tally, today).load(cases);
        new DemoPreventionReferrals(api, tally, today).load();
        log.accept("Demo data, all services: " + tally);
        return tally;
    }
}
