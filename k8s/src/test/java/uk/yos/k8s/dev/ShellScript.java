package uk.yos.k8s.dev;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * One of k8s/'s shell scripts, run with bash as its container would run it: in a clean environment (PATH and the
 * variables given, nothing of this JVM's), with no standard input, its output kept for the assertions.
 */
final class ShellScript {

    /** How a run ended. */
    record Result(int exitCode, String stdout, String stderr) {
        @Override
        public String toString() {
            return "exit " + exitCode + System.lineSeparator() + "--- stdout:" + System.lineSeparator() + stdout
                    + System.lineSeparator() + "--- stderr:" + System.lineSeparator() + stderr;
        }
    }

    private ShellScript() {
    }

    /**
     * Runs {@code script} in {@code directory} (which also receives its stdout and stderr files) with PATH and
     * {@code environment}; a run still going after {@code timeout} is killed, with its children, and fails the test.
     */
    static Result run(Path script, Map<String, String> environment, Path directory, Duration timeout) {
        try {
            Files.createDirectories(directory);
            Path stdout = Files.createTempFile(directory, "stdout", ".txt");
            Path stderr = Files.createTempFile(directory, "stderr", ".txt");
            ProcessBuilder builder = new ProcessBuilder("bash", script.toString())
                    .directory(directory.toFile())
                    .redirectOutput(stdout.toFile())
                    .redirectError(stderr.toFile())
                    .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
            Map<String, String> env = builder.environment();
            String path = env.get("PATH");
            env.clear();
            env.put("PATH", path);
            env.putAll(environment);
            Process process = builder.start();
            if (!process.waitFor(timeout.toSeconds(), TimeUnit.SECONDS)) {
                process.descendants().forEach(ProcessHandle::destroyForcibly);
                process.destroyForcibly();
                throw new AssertionError(script.getFileName() + " did not finish within " + timeout
                        + System.lineSeparator() + read(stdout) + System.lineSeparator() + read(stderr));
            }
            Result result = new Result(process.exitValue(), read(stdout), read(stderr));
            Files.delete(stdout);
            Files.delete(stderr);
            return result;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", e);
        }
    }

    /** Writes a stand-in command (a stub kcadm, kubectl or mysql) that only its owner may run. */
    static Path writeExecutable(Path file, String content) {
        try {
            Files.writeString(file, content, StandardCharsets.UTF_8);
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwx------"));
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A file's text, or "" when it does not exist. */
    static String read(Path file) {
        try {
            return Files.exists(file) ? Files.readString(file, StandardCharsets.UTF_8) : "";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
