package org.complaintledger.testsupport;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.testcontainers.DockerClientFactory;

/**
 * Whether the tests may use Docker. Testcontainers is asked only when a Docker engine is configured at all (DOCKER_HOST
 * set, Testcontainers' own settings file, or a Docker socket where engines put one): asked on a machine without one, it
 * logs an ERROR naming every strategy it tried before answering no, which reads as a failure in a test run that then
 * goes on, as it should, with the embedded PostgreSQL.
 */
public final class DockerEngine {

    private DockerEngine() {
    }

    /** Asks Testcontainers only where {@link #configured} says an engine may be there. */
    public static boolean available() {
        return configured(System.getenv(), places(System.getenv(), System.getProperty("user.home")))
                && DockerClientFactory.instance().isDockerAvailable();
    }

    /** A Docker engine is configured: DOCKER_HOST is set, or one of {@code places} exists. */
    static boolean configured(Map<String, String> environment, List<Path> places) {
        String host = environment.get("DOCKER_HOST");
        return host != null && !host.isBlank() || places.stream().anyMatch(Files::exists);
    }

    /** The system socket, Docker Desktop's, rootless Docker's, and Testcontainers' settings (which may name a host). */
    static List<Path> places(Map<String, String> environment, String home) {
        Stream<Path> runtime = environment.containsKey("XDG_RUNTIME_DIR")
                ? Stream.of(Path.of(environment.get("XDG_RUNTIME_DIR"), "docker.sock")) : Stream.empty();
        return Stream.concat(Stream.of(Path.of("/var/run/docker.sock"), Path.of(home, ".docker", "run", "docker.sock"),
                Path.of(home, ".testcontainers.properties")), runtime).toList();
    }
}
