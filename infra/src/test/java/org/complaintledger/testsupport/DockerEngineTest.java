package org.complaintledger.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DockerEngineTest {

    @TempDir
    Path directory;

    @Test
    void noHostAndNoSocketIsNoEngine() {
        List<Path> none = List.of(directory.resolve("docker.sock"));
        assertThat(DockerEngine.configured(Map.of(), none)).isFalse();
        assertThat(DockerEngine.configured(Map.of("DOCKER_HOST", " "), none)).isFalse();
    }

    @Test
    void aDockerHostIsAnEngine() {
        assertThat(DockerEngine.configured(Map.of("DOCKER_HOST", "tcp://localhost:2375"),
                List.of(directory.resolve("docker.sock")))).isTrue();
    }

    @Test
    void aSocketIsAnEngine() throws IOException {
        Path socket = Files.createFile(directory.resolve("docker.sock"));
        assertThat(DockerEngine.configured(Map.of(), List.of(directory.resolve("absent.sock"), socket))).isTrue();
    }

    @Test
    void theRootlessSocketIsLookedForOnlyWhereTheRuntimeDirectoryIsSet() {
        assertThat(DockerEngine.places(Map.of("XDG_RUNTIME_DIR", "/run/user/1000"), "/home/h"))
                .contains(Path.of("/var/run/docker.sock"), Path.of("/home/h/.docker/run/docker.sock"),
                        Path.of("/run/user/1000/docker.sock"));
        assertThat(DockerEngine.places(Map.of(), "/home/h")).noneMatch(p -> p.startsWith("/run/user"));
    }
}
