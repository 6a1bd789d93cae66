package uk.yos.k8s;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Where things are: this module is the repository's k8s/ directory, and the services are its siblings. */
public final class K8sLayout {

    /** The Quarkus apps that have an image of their own, by module directory (also their Kubernetes names). */
    public static final List<String> APPS = List.of(
            "case-service", "referral-order-service", "victim-service", "prevention-service", "gateway");

    private K8sLayout() {
    }

    /** The k8s/ directory (Maven runs tests in the module's directory). */
    public static Path k8s() {
        Path here = Path.of("").toAbsolutePath();
        if (!Files.isDirectory(here.resolve("overlays"))) {
            throw new IllegalStateException("Run from the k8s module; no overlays/ in " + here);
        }
        return here;
    }

    public static Path overlay(String name) {
        return k8s().resolve("overlays").resolve(name);
    }

    public static Path repository() {
        return k8s().getParent();
    }

    public static Path module(String app) {
        return repository().resolve(app);
    }
}
