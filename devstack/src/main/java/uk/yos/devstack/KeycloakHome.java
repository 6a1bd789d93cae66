package uk.yos.devstack;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * A private working copy of the Keycloak dist, so runs never share state and never write into the dist.
 * <p>
 * Only the small parts are copied (bin/kc.sh, conf, themes, providers, lib/app, lib/quarkus); the 170 MB of jars in
 * {@code lib/lib} are a symbolic link to the dist. {@code start-dev} rebuilds Keycloak's Quarkus application for the
 * dev profile (about 20 s) and writes it into {@code lib/quarkus}; that result is kept beside the dist
 * ({@code <dist>.start-dev-build}) and copied into later homes, so only the first start pays for it.
 */
final class KeycloakHome {

    private static final String MARKER = ".yos-devstack-home";

    private final Path dist;
    private final Path home;

    KeycloakHome(Path dist, Path home) {
        this.dist = dist.toAbsolutePath().normalize();
        this.home = home.toAbsolutePath().normalize();
    }

    Path home() {
        return home;
    }

    Path importDir() {
        return home.resolve("data/import");
    }

    Path kcSh() {
        return home.resolve("bin/kc.sh");
    }

    private Path buildCache() {
        return dist.resolveSibling(dist.getFileName() + ".start-dev-build");
    }

    /** Lays out the home (reusing an earlier one made from the same dist) and empties its data directory. */
    void prepare() {
        try {
            Path marker = home.resolve(MARKER);
            String expected = dist + System.lineSeparator();
            boolean reusable = Files.isRegularFile(marker) && Files.readString(marker).equals(expected)
                    && Files.isDirectory(home.resolve("lib/quarkus"));
            if (!reusable) {
                deleteTree(home);
                Files.createDirectories(home.resolve("bin"));
                Files.createDirectories(home.resolve("lib"));
                Files.copy(dist.resolve("bin/kc.sh"), kcSh(), StandardCopyOption.COPY_ATTRIBUTES);
                copyTree(dist.resolve("conf"), home.resolve("conf"));
                copyTree(dist.resolve("themes"), home.resolve("themes"));
                copyTree(dist.resolve("providers"), home.resolve("providers"));
                copyTree(dist.resolve("lib/app"), home.resolve("lib/app"));
                Files.copy(dist.resolve("lib/quarkus-run.jar"), home.resolve("lib/quarkus-run.jar"));
                Files.createSymbolicLink(home.resolve("lib/lib"), dist.resolve("lib/lib"));
                Path cache = buildCache();
                copyTree(Files.isDirectory(cache) ? cache : dist.resolve("lib/quarkus"), home.resolve("lib/quarkus"));
                Files.writeString(marker, expected);
            }
            deleteTree(home.resolve("data"));
            Files.createDirectories(importDir());
        } catch (IOException e) {
            throw new DevStackException("Cannot prepare a Keycloak home in " + home + ": " + e.getMessage(), e);
        }
    }

    /** After a successful start-dev: keep its build for later homes (first writer wins; failures only cost time). */
    void saveBuildForLaterRuns() {
        Path cache = buildCache();
        if (Files.isDirectory(cache)) {
            return;
        }
        Path tmp = cache.resolveSibling(cache.getFileName() + ".tmp-" + ProcessHandle.current().pid());
        try {
            copyTree(home.resolve("lib/quarkus"), tmp);
            try {
                Files.move(tmp, cache, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, cache);
            }
        } catch (FileAlreadyExistsException | DirectoryNotEmptyException e) {
            // another run was faster
        } catch (IOException e) {
            // not essential
        } finally {
            try {
                deleteTree(tmp);
            } catch (IOException ignored) {
                // best effort
            }
        }
    }

    void delete() {
        try {
            deleteTree(home);
        } catch (IOException e) {
            // best effort: a temporary directory
        }
    }

    static void copyTree(Path from, Path to) throws IOException {
        if (!Files.isDirectory(from)) {
            Files.createDirectories(to);
            return;
        }
        Files.walkFileTree(from, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) throws IOException {
                Files.createDirectories(to.resolve(from.relativize(dir).toString()));
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                Files.copy(file, to.resolve(from.relativize(file).toString()), StandardCopyOption.COPY_ATTRIBUTES,
                        StandardCopyOption.REPLACE_EXISTING);
                return FileVisitResult.CONTINUE;
            }
        });
    }

    /** Deletes a tree without following symbolic links (lib/lib points into the dist, which must survive). */
    static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        if (Files.isSymbolicLink(root) || !Files.isDirectory(root, LinkOption.NOFOLLOW_LINKS)) {
            Files.delete(root);
            return;
        }
        try (Stream<Path> walk = Files.walk(root)) { // walk does not follow links by default
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
