package uk.yos.devstack;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The JVM options every service and the gateway run with, here and in their images ({@code JAVA_OPTS_APPEND} in
 * each {@code src/main/docker/Dockerfile.jvm}, which a k8s test holds to this list). Measured on a 2-core machine
 * under load; the benchmark report says what each one bought.
 */
public final class ServiceJvm {

    /** The class-data archive Quarkus writes beside the fast jar ({@code quarkus.package.jar.appcds.enabled}). */
    public static final String APP_CDS_ARCHIVE = "app-cds.jsa";

    /**
     * The options, in the order they are given. Measured on case-service after 30 s of audited reads (16 clients):
     * the default G1 collector with a 256 MB heap peaked at 475 MB resident, these at 355 to 395 MB.
     */
    public static final List<String> OPTIONS = List.of(
            // A service's live set under load is a few tens of MB; 96 MB made no measurable difference against 128.
            "-Xmx128m",
            // No remembered sets and one collector thread: G1 kept 46 MB of its own structures at a 256 MB heap.
            "-XX:+UseSerialGC",
            // Bounds class metadata (about 65 MB in use beside the archive), so a leak of generated classes fails fast.
            "-XX:MaxMetaspaceSize=160m");

    private ServiceJvm() {
    }

    /**
     * The command that starts the fast jar at {@code runJar}: the options, the class-data archive when the build made
     * one (it is read relative to the jar's folder, the process's working directory), then the jar.
     */
    static List<String> command(Path runJar) {
        List<String> command = new ArrayList<>();
        command.add(Processes.javaExecutable());
        command.addAll(OPTIONS);
        if (Files.isRegularFile(runJar.resolveSibling(APP_CDS_ARCHIVE))) {
            command.add("-XX:SharedArchiveFile=" + APP_CDS_ARCHIVE);
        }
        command.add("-Dfile.encoding=UTF-8");
        command.add("-jar");
        command.add(runJar.toAbsolutePath().toString());
        return command;
    }
}
