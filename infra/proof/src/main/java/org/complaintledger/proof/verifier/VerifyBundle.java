package org.complaintledger.proof.verifier;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.PublicKey;
import java.util.ArrayList;
import java.util.List;
import org.complaintledger.proof.LedgerKeys;
import org.complaintledger.proof.bundle.BundleFormatException;
import org.complaintledger.proof.bundle.CaseBundle;
import org.complaintledger.proof.bundle.CaseBundleArchive;

/**
 * The investigator's offline verifier (docs/proofs.md section 6):
 * {@code java -jar proof-<version>-verifier.jar --key trusted.pem [--key older.pem ...] [--since earlier.zip] bundle.zip}.
 * Prints the verdict on standard output: {@code verified: ...} and exit status 0, or one {@code FAILED: ...} line per
 * failure and exit status 1. Bad usage or a file it cannot open: a message on standard error and exit status 2.
 */
public final class VerifyBundle {

    public static final int VERIFIED = 0;
    public static final int FAILED = 1;
    public static final int USAGE = 2;
    static final String USAGE_TEXT = """
            usage: java -jar proof-<version>-verifier.jar --key trusted-public-key.pem [--key older-key.pem ...]
                                                        [--since earlier-bundle.zip] bundle.zip
                   java -jar proof-<version>-verifier.jar --fingerprint public-key.pem

            Checks a complaint-ledger case bundle offline: every event's chained hash, its inclusion in the ledger's
            signed checkpoint, and the checkpoint's signature by one of the trusted keys (Ed25519, PEM). Get the
            landlord's key and check its fingerprint independently of the bundle (GET /api/ledger/keys, or the
            annual report); give each key the landlord has signed with (--key once per key, after a key rotation).
            --since earlier-bundle.zip also checks that the earlier bundle's events and checkpoint are a prefix of
            this bundle's: nothing the earlier bundle showed has changed.
            --fingerprint prints a key's fingerprint (SHA-256 of its DER), to compare with the published one.

            Prints "verified: ..." and exits 0, or prints "FAILED: ..." lines and exits 1; exits 2 on bad usage.
            """;
    private static final int MOST_FAILURES_SHOWN = 200;
    private static final long LARGEST_KEY_FILE = 64 * 1024;

    private VerifyBundle() {
    }

    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err));
    }

    /** Runs the verifier: the exit status, with the verdict on {@code out} and usage errors on {@code err}. */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        List<Path> keyFiles = new ArrayList<>();
        Path since = null;
        Path bundle = null;
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (arg.equals("--help") || arg.equals("-h")) {
                out.print(USAGE_TEXT);
                return VERIFIED;
            } else if (arg.equals("--fingerprint")) {
                if (args.length != 2 || i != 0) {
                    return usage(err, "--fingerprint takes one key file and nothing else");
                }
                return fingerprint(Path.of(args[1]), out, err);
            } else if (arg.equals("--key") || arg.equals("--since")) {
                if (i + 1 == args.length) {
                    return usage(err, arg + " needs a file");
                }
                Path file = Path.of(args[++i]);
                if (arg.equals("--key")) {
                    keyFiles.add(file);
                } else if (since != null) {
                    return usage(err, "--since may be given once");
                } else {
                    since = file;
                }
            } else if (arg.startsWith("-")) {
                return usage(err, "unknown option " + arg);
            } else if (bundle != null) {
                return usage(err, "one bundle at a time (" + bundle + " and " + arg + ")");
            } else {
                bundle = Path.of(arg);
            }
        }
        if (keyFiles.isEmpty()) {
            return usage(err, "give at least one trusted public key with --key");
        }
        if (bundle == null) {
            return usage(err, "give the bundle to verify");
        }
        List<PublicKey> keys = new ArrayList<>();
        for (Path file : keyFiles) {
            try {
                keys.add(readKey(file));
            } catch (IOException | IllegalArgumentException e) {
                err.println("cannot use " + file + " as a trusted key: " + e.getMessage());
                return USAGE;
            }
        }
        BundleVerifier verifier = new BundleVerifier(TrustedKeys.of(keys));
        try {
            CaseBundle current = read(bundle);
            Verdict verdict;
            CaseBundle earlier = null;
            if (since == null) {
                verdict = verifier.verify(current);
            } else {
                earlier = read(since);
                verdict = verifier.verify(current, earlier);
            }
            return report(verdict, earlier, out);
        } catch (UnreadableBundle e) {
            out.println("FAILED: " + e.getMessage());
            return FAILED;
        } catch (IOException e) {
            err.println("cannot read " + e.getMessage());
            return USAGE;
        }
    }

    private static int fingerprint(Path file, PrintStream out, PrintStream err) {
        try {
            out.println(LedgerKeys.fingerprint(readKey(file)));
            return VERIFIED;
        } catch (IOException | IllegalArgumentException e) {
            err.println("cannot read " + file + " as a public key: " + e.getMessage());
            return USAGE;
        }
    }

    private static int report(Verdict verdict, CaseBundle earlier, PrintStream out) {
        if (verdict.verified()) {
            out.println(verdict.summary());
            if (earlier != null) {
                out.println("and the earlier bundle's " + earlier.events().size() + " events and checkpoint "
                        + earlier.checkpoint().issuedAt() + " (tree size " + earlier.checkpoint().treeSize()
                        + ") are unchanged in it");
            }
            return VERIFIED;
        }
        List<String> failures = verdict.failures();
        failures.stream().limit(MOST_FAILURES_SHOWN).forEach(failure -> out.println("FAILED: " + failure));
        if (failures.size() > MOST_FAILURES_SHOWN) {
            out.println("FAILED: and " + (failures.size() - MOST_FAILURES_SHOWN) + " more failures");
        }
        return FAILED;
    }

    private static CaseBundle read(Path file) throws IOException, UnreadableBundle {
        InputStream in;
        try {
            in = new BufferedInputStream(Files.newInputStream(file));
        } catch (IOException e) {
            throw new IOException(file + ": " + reason(e), e);
        }
        try (in) {
            return CaseBundleArchive.read(in);
        } catch (BundleFormatException e) {
            throw new UnreadableBundle(file + " is not a valid case bundle: " + e.getMessage());
        } catch (IOException e) {
            throw new IOException(file + ": " + reason(e), e);
        }
    }

    private static PublicKey readKey(Path file) throws IOException {
        if (Files.size(file) > LARGEST_KEY_FILE) {
            throw new IllegalArgumentException("larger than a PEM public key can be");
        }
        return LedgerKeys.readPublic(Files.readString(file, StandardCharsets.ISO_8859_1));
    }

    private static String reason(IOException e) {
        return e instanceof java.nio.file.NoSuchFileException ? "no such file"
                : e instanceof java.nio.file.AccessDeniedException ? "permission denied"
                : e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
    }

    private static int usage(PrintStream err, String problem) {
        err.println(problem);
        err.println();
        err.print(USAGE_TEXT);
        return USAGE;
    }

    /** A bundle that is not a well-formed case bundle: a verification failure, not a usage error. */
    private static final class UnreadableBundle extends Exception {
        UnreadableBundle(String message) {
            super(message);
        }
    }
}
