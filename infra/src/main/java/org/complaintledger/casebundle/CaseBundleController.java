package org.complaintledger.casebundle;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.enums.ParameterIn;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.servlet.http.HttpServletRequest;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.List;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.complaintledger.access.InvestigatorReads;
import org.complaintledger.code.InvalidField;
import org.complaintledger.proof.bundle.CaseBundle;
import org.complaintledger.proof.bundle.CaseBundleArchive;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * A complaint's case bundle (5.12): its complete record as one ZIP archive an investigator checks offline with the
 * verifier (docs/proofs.md sections 5-6). Same callers as the case record; an investigator's download is put on the
 * grant's record, with the checkpoint the bundle is proven in, before a byte of it is sent.
 */
@RestController
class CaseBundleController {

    static final MediaType ZIP = MediaType.parseMediaType("application/zip");
    /** How many {@code since} tree sizes one request may name. */
    static final int MOST_SINCE = 10;
    static final String SINCE = "since";
    private static final Pattern TREE_SIZE = Pattern.compile("[1-9][0-9]{0,17}");

    private final CaseBundles bundles;
    private final InvestigatorReads reads;

    CaseBundleController(CaseBundles bundles, InvestigatorReads reads) {
        this.bundles = bundles;
        this.reads = reads;
    }

    @GetMapping("/api/complaints/{id}/case-bundle")
    @Operation(summary = "The complaint's case bundle (5.12): the case record page, every event exactly as stored with "
            + "its chained hash, the documents' digests, an inclusion proof of each event in a signed checkpoint, "
            + "consistency proofs from the checkpoints of earlier bundles and of 'since', and the public key; check "
            + "it offline with the verifier (docs/proofs.md). An investigator's download is recorded on the grant",
            responses = @ApiResponse(responseCode = "200", description = "the case bundle, a ZIP archive",
                    content = @Content(mediaType = "application/zip",
                            schema = @Schema(type = "string", format = "binary"))))
    @Parameter(name = SINCE, in = ParameterIn.QUERY, description = "the tree size of a signed checkpoint (one an "
            + "earlier bundle or an annual report gave you) to add a consistency proof from; repeat it for more, up to "
            + MOST_SINCE, array = @ArraySchema(schema = @Schema(type = "integer", format = "int64", minimum = "1")))
    ResponseEntity<byte[]> caseBundle(@PathVariable String id, HttpServletRequest request) {
        // read as sent, each value as it is: Spring would split "1,2" and drop an empty "since="
        String[] since = request.getParameterValues(SINCE);
        TreeSet<Long> sinceSizes = treeSizes(since == null ? List.of() : List.of(since));
        CaseBundle bundle = bundles.make(id, sinceSizes);
        byte[] archive = archive(bundle);
        // on the grant's record (an investigator's) before a byte is sent; refused there, nothing is sent (403)
        reads.caseBundleRead(id, bundle.checkpoint().treeSize());
        bundles.handedOver(bundle);
        return ResponseEntity.ok()
                .contentType(ZIP)
                .header("Content-Disposition", ContentDisposition.attachment()
                        .filename("complaint-" + id + "-case-bundle.zip").build().toString())
                .cacheControl(CacheControl.noStore())
                .body(archive);
    }

    /** The named tree sizes: each a whole number of 1 or more that a signed checkpoint has, at most MOST_SINCE. */
    private TreeSet<Long> treeSizes(List<String> since) {
        TreeSet<Long> sizes = new TreeSet<>();
        if (since.size() > MOST_SINCE) {
            throw new InvalidField(SINCE, "names at most " + MOST_SINCE + " tree sizes");
        }
        for (String size : since) {
            String value = size.strip();
            if (!TREE_SIZE.matcher(value).matches()) {
                throw new InvalidField(SINCE, "must be the tree size of a signed checkpoint: a whole number of 1 "
                        + "or more (GET /api/ledger/checkpoints)");
            }
            sizes.add(Long.parseLong(value));
        }
        List<Long> unsigned = bundles.unsigned(sizes);
        if (!unsigned.isEmpty()) {
            throw new InvalidField(SINCE, "must be the tree size of a signed checkpoint (GET /api/ledger/checkpoints);"
                    + " no checkpoint has tree size " + unsigned.getFirst());
        }
        return sizes;
    }

    private static byte[] archive(CaseBundle bundle) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
        try {
            CaseBundleArchive.write(bundle, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);  // cannot happen: written to memory
        }
        return out.toByteArray();
    }

    @ExceptionHandler(CaseBundles.NoSuchComplaint.class)
    ProblemDetail noSuchComplaint(CaseBundles.NoSuchComplaint e) {
        return problem(HttpStatus.NOT_FOUND, "unknown-complaint", "No such complaint", e.getMessage());
    }

    @ExceptionHandler(CaseBundles.NoCheckpoint.class)
    ProblemDetail noCheckpoint(CaseBundles.NoCheckpoint e) {
        return problem(HttpStatus.CONFLICT, "no-checkpoint", "Nothing to prove the case bundle in", e.getMessage());
    }

    @ExceptionHandler(StoredComplaintEvents.TooManyEvents.class)
    ProblemDetail tooManyEvents(StoredComplaintEvents.TooManyEvents e) {
        return problem(HttpStatus.CONFLICT, "case-bundle-too-large", "The case bundle would be too large",
                e.getMessage());
    }

    private static ProblemDetail problem(HttpStatus status, String type, String title, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(URI.create("urn:complaint-ledger:problem:" + type));
        problem.setTitle(title);
        return problem;
    }
}
