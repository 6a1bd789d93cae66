package uk.yos.e2e.benchmark;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * The commit the measured build came from, and whether the checkout had changes not committed (then the figures are
 * of that commit plus those changes). The results file the benchmark itself writes does not count as a change.
 *
 * @param commit empty when git could not say (no git, not a checkout)
 */
record GitRevision(Optional<String> commit, boolean dirty) {

    static GitRevision of(Path checkout) {
        Optional<String> commit = git(checkout, "rev-parse", "HEAD").map(String::trim);
        Optional<String> changes = git(checkout, "status", "--porcelain", "--", ".",
                ":(exclude)" + BenchmarkReport.RESULTS_FILE);
        return new GitRevision(commit, changes.map(c -> !c.isBlank()).orElse(false));
    }

    /** For the report, e.g. "`d22c761...` (clean)". */
    String describe() {
        return commit.map(c -> "`" + c + "`" + (dirty ? ", with changes not committed (the figures are of those"
                + " changes too)" : " (no changes beside it)")).orElse("unknown (git did not answer)");
    }

    private static Optional<String> git(Path checkout, String... args) {
        List<String> command = new ArrayList<>(List.of("git", "-C", checkout.toString()));
        command.addAll(List.of(args));
        try {
            Process git = new ProcessBuilder(command).redirectErrorStream(true).start();
            String out = new String(git.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            return git.waitFor(30, TimeUnit.SECONDS) && git.exitValue() == 0 ? Optional.of(out) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }
}
