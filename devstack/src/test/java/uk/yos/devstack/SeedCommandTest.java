package uk.yos.devstack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import uk.yos.devstack.seed.SeedDatabases;
import uk.yos.devstack.seed.SeedOptions;

/** {@code ./yos seed}'s options and how it refuses to run without a stack. */
class SeedCommandTest {

    @Test
    void sizesNotGivenScaleWithTheChildren() {
        SeedOptions defaults = SeedOptions.parse(List.of());
        assertEquals(new SeedOptions(SeedOptions.DEFAULT_SEED, 100_000, 250_000, 20_000, 10_000, 15_000, false),
                defaults);

        SeedOptions small = SeedOptions.parse(List.of("--children", "200", "--seed", "9", "--victims", "7", "--add"));
        assertEquals(new SeedOptions(9, 200, 500, 7, 20, 30, true), small);
    }

    @Test
    void badOptionsAreRefusedWithWhatIsWrong() {
        assertTrue(assertThrows(DevStackException.class, () -> SeedOptions.parse(List.of("--kids", "5")))
                .getMessage().contains("Unknown option for seed: --kids"));
        assertTrue(assertThrows(DevStackException.class, () -> SeedOptions.parse(List.of("--children", "many")))
                .getMessage().contains("--children needs a whole number"));
        assertTrue(assertThrows(DevStackException.class, () -> SeedOptions.parse(List.of("--children")))
                .getMessage().contains("--children needs a number"));
        assertTrue(assertThrows(DevStackException.class, () -> SeedOptions.parse(List.of("--children", "0")))
                .getMessage().contains("--children must be 1 or more"));
        assertTrue(assertThrows(DevStackException.class,
                () -> SeedOptions.parse(List.of("--children", "10", "--cases", "9")))
                .getMessage().contains("--cases must be at least --children"));
    }

    @Test
    void refusesWhenNoStackRunsFromTheCheckout() throws Exception {
        Path state = Files.createTempDirectory("seed-state");
        RepoLayout layout = RepoLayout.locate().withStateDir(state);

        DevStackException refused = assertThrows(DevStackException.class,
                () -> SeedDatabases.ofRunningStack(layout, Map.of()));

        assertTrue(refused.getMessage().contains("No stack is running"), refused.getMessage());
        assertTrue(refused.getMessage().contains("./yos up"), refused.getMessage());
        assertFalse(Files.exists(layout.secretsFile()), "no secrets generated");
    }
}
