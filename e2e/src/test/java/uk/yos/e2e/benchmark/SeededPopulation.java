package uk.yos.e2e.benchmark;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static uk.yos.e2e.Api.as;

import uk.yos.devstack.DevStack;
import uk.yos.devstack.RepoLayout;
import uk.yos.devstack.seed.PopulationSeeder;
import uk.yos.devstack.seed.SeedDatabases;
import uk.yos.devstack.seed.SeedOptions;
import uk.yos.e2e.Persona;

/**
 * The synthetic population the list phases run against, written straight into the stack's databases by the same
 * seeder as {@code ./yos seed} (batch inserts, the default random seed, the other sizes scaled from the children).
 */
final class SeededPopulation {

    private SeededPopulation() {
    }

    /** Seeds {@code children} children (2.5 cases each, ...) into the running stack; about 14 min for 100,000. */
    static SeedOptions load(DevStack stack, int children) {
        RepoLayout layout = stack.config().layout();
        SeedOptions options = SeedOptions.scaled(SeedOptions.DEFAULT_SEED, children, false);
        System.out.println("[benchmark] Seeding " + options.children() + " children and " + options.cases()
                + " cases (./yos seed's seeder) ...");
        PopulationSeeder.Result result = new PopulationSeeder(SeedDatabases.ofRunningStack(layout, stack.config().env()),
                layout.root(), message -> System.out.println("[benchmark] seed: " + message)).seed(options);
        System.out.println("[benchmark] Seeded in " + result.took().toSeconds() + " s");
        return options;
    }

    /** The lists the phases measure see the population: otherwise they would measure empty pages. */
    static void assertListed(SeedOptions options, String nameSearch) {
        assertTrue(total(Persona.HEAD_OF_SERVICE, "/api/v1/young-people") >= options.children(),
                "every seeded child is in head-of-service's list");
        assertTrue(total(Persona.HEAD_OF_SERVICE, "/api/v1/cases") >= options.cases(),
                "every seeded case is in head-of-service's case list");
        assertTrue(total(Persona.HEAD_OF_SERVICE, nameSearch) > 0, "the name search finds seeded children");
        assertTrue(total(Persona.CASE_MANAGER_NORTH, "/api/v1/young-people") > 0,
                "the north case manager's list holds seeded children");
    }

    private static long total(Persona persona, String pathAndQuery) {
        Number total = as(persona).get(pathAndQuery).then().statusCode(200).extract().path("totalItems");
        return total.longValue();
    }
}
