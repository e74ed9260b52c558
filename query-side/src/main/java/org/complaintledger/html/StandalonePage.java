package org.complaintledger.html;

import java.security.SecureRandom;
import java.util.Base64;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * An HTML page that stands alone: its style inline, nothing loaded, no script. The ledger's answers carry a
 * Content-Security-Policy under which nothing may load ({@code default-src 'none'}); a page's own inline
 * {@code <style>} is let through by a nonce fresh for each answer, so a style (or anything else) that found its way
 * into the page's text could not apply. This header is set on the answer before Spring Security's header writer,
 * which leaves a policy already set alone.
 */
public final class StandalonePage {

    /** The attribute a template puts on its one {@code <style>} element: {@code th:attr="nonce=${nonce}"}. */
    public static final String NONCE = "nonce";

    private static final SecureRandom RANDOM = new SecureRandom();

    private StandalonePage() {
    }

    /** A nonce for one answer: 128 random bits, base64. */
    public static String nonce() {
        byte[] bytes = new byte[16];
        RANDOM.nextBytes(bytes);
        return Base64.getEncoder().encodeToString(bytes);
    }

    /** The ledger's policy, with the inline style of this one answer allowed. */
    public static String contentSecurityPolicy(String nonce) {
        return "default-src 'none'; style-src 'nonce-" + nonce + "'; frame-ancestors 'none'; base-uri 'none'; "
                + "form-action 'none'";
    }

    /** The rendered page as the answer, under the policy for its nonce; never cached (it may carry personal data). */
    public static ResponseEntity<String> answer(String html, String nonce) {
        return ResponseEntity.ok()
                .contentType(new MediaType(MediaType.TEXT_HTML, java.nio.charset.StandardCharsets.UTF_8))
                .cacheControl(CacheControl.noStore())
                .header("Content-Security-Policy", contentSecurityPolicy(nonce))
                .body(html);
    }
}
