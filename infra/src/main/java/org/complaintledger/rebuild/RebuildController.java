package org.complaintledger.rebuild;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.complaintledger.code.InvalidField;
import org.complaintledger.code.NotOnRecord;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

/** Officers rebuild read models from the ledger's first event and follow the rebuild (docs/replay.md). */
@RestController
@RequestMapping("/api/read-models")
class RebuildController {

    /** What a request to rebuild says (read by hand from the body, so that every mistake is named: {@link #groups}). */
    record RebuildRequest(List<String> processingGroups) {
    }

    /** Groups one request may name: more than there are, so a longer list is a mistake. */
    private static final int MOST_GROUPS = 50;
    private static final String GROUPS_RULE = "must be a list of the processing groups to rebuild "
            + "(GET /api/read-models lists them), or [\"all\"]";

    private final ReadModelRebuilds rebuilds;

    RebuildController(ReadModelRebuilds rebuilds) {
        this.rebuilds = rebuilds;
    }

    @GetMapping
    @Operation(summary = "The processing groups that can be rebuilt, with the tables each writes")
    Map<String, List<String>> groups() {
        return rebuilds.tables();
    }

    @PostMapping("/rebuilds")
    @Operation(summary = "Start rebuilding read models from the ledger's first event; the live tables keep answering "
            + "until the rebuilt ones replace them at once")
    ResponseEntity<RebuildProgress> start(@io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(
            schema = @Schema(implementation = RebuildRequest.class))) @RequestBody(required = false) JsonNode body) {
        RebuildProgress started = rebuilds.start(groups(body));
        return ResponseEntity.accepted().location(URI.create("/api/read-models/rebuilds/" + started.id()))
                .body(started);
    }

    @GetMapping("/rebuilds/latest")
    @Operation(summary = "Where the latest rebuild stands: phase, events done of total, rate, seconds left")
    RebuildProgress latest() {
        return rebuilds.latest().orElseThrow(() -> new NotOnRecord("no read model has been rebuilt by this process"));
    }

    @GetMapping("/rebuilds/{id}")
    @Operation(summary = "Where this rebuild stands")
    RebuildProgress progress(@PathVariable String id) {
        return rebuilds.progress(id).orElseThrow(() -> new NotOnRecord("no rebuild of that id is this process's "
                + "latest (GET /api/read-models/rebuilds/latest)"));
    }

    /**
     * The groups a request names: {@code {"processingGroups": [...]}}, required, so that no request rebuilds every
     * read model by leaving something out; {@code ["all"]} names every group.
     */
    private static List<String> groups(JsonNode body) {
        if (body == null || !body.isObject() || !body.has("processingGroups")) {
            throw new InvalidField("processingGroups", GROUPS_RULE);
        }
        for (String field : body.propertyNames()) {
            if (!field.equals("processingGroups")) {
                throw new InvalidField(field.length() > 100 ? field.substring(0, 100) : field,
                        "is not a field of this request");
            }
        }
        JsonNode groups = body.get("processingGroups");
        if (!groups.isArray() || groups.isEmpty() || groups.size() > MOST_GROUPS) {
            throw new InvalidField("processingGroups", GROUPS_RULE);
        }
        List<String> named = new ArrayList<>();
        for (JsonNode group : groups) {
            if (!group.isString()) {
                throw new InvalidField("processingGroups", GROUPS_RULE);
            }
            named.add(group.asString());
        }
        return named.equals(List.of("all")) ? List.of() : named;
    }

    /** 409: the running rebuild will finish; a second at once would only compete with it. */
    @ExceptionHandler(RebuildRunning.class)
    ResponseEntity<ProblemDetail> running(RebuildRunning e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, e.getMessage());
        problem.setType(URI.create("urn:complaint-ledger:problem:rebuild-running"));
        problem.setTitle("A read model rebuild is running");
        if (e.running() != null) {
            problem.setProperty("running", e.running());
        }
        return ResponseEntity.status(HttpStatus.CONFLICT).header(HttpHeaders.RETRY_AFTER, "10").body(problem);
    }
}
