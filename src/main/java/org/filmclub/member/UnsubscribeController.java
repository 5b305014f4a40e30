package org.filmclub.member;

import java.util.Optional;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.HtmlUtils;

/**
 * The link in {@code List-Unsubscribe}, without a login. GET shows what it turns off and one button; POST
 * with the body {@code List-Unsubscribe=One-Click} (RFC 8058, as a mail program sends it, and as the button
 * does) turns it off. The link's signature is its only proof, so the POST needs no CSRF token; a link whose
 * member, kind or signature was changed is refused and changes nothing. Plain HTML, so it works in any
 * browser a mail program opens, scripts or not.
 */
@RestController
@RequestMapping("/mail/unsubscribe")
class UnsubscribeController {

    static final String ONE_CLICK = "One-Click";
    static final String REFUSED = "This unsubscribe link is not valid: it may have been changed or cut short."
            + " Nothing was changed. Open the link from the mail as it is, or choose your mail on your profile page.";

    private final MemberMail mail;

    UnsubscribeController(MemberMail mail) {
        this.mail = mail;
    }

    @GetMapping
    ResponseEntity<String> page(
            @RequestParam(name = "m", required = false) String member,
            @RequestParam(name = "k", required = false) String kind,
            @RequestParam(name = "s", required = false) String signature) {
        return answer(
                mail.unsubscribeLink(member, kind, signature),
                link -> "<p>Stop sending this mail to the Filmclub account of " + escape(link.address()) + "?</p>"
                        + "<p><strong>" + escape(link.kind().description()) + "</strong></p>"
                        + "<form method=\"post\">"
                        + "<input type=\"hidden\" name=\"List-Unsubscribe\" value=\"" + ONE_CLICK + "\">"
                        + "<button type=\"submit\">Unsubscribe</button></form>"
                        + "<p>Mail about the account itself and invitations to clubs are always sent.</p>");
    }

    @PostMapping
    ResponseEntity<String> oneClick(
            @RequestParam(name = "m", required = false) String member,
            @RequestParam(name = "k", required = false) String kind,
            @RequestParam(name = "s", required = false) String signature,
            @RequestParam(name = "List-Unsubscribe", required = false) String unsubscribe) {
        if (!ONE_CLICK.equals(unsubscribe)) {
            return page(HttpStatus.BAD_REQUEST, "<p>" + escape(REFUSED) + "</p>");
        }
        return answer(
                mail.unsubscribe(member, kind, signature),
                link -> "<p>Done: " + escape(link.address()) + " gets no more of this mail:</p>"
                        + "<p><strong>" + escape(link.kind().description()) + "</strong></p>"
                        + "<p>You can turn it on again on your profile page, under Mail.</p>");
    }

    private static ResponseEntity<String> answer(
            Optional<MemberMail.Unsubscribe> link, java.util.function.Function<MemberMail.Unsubscribe, String> body) {
        return link.map(l -> page(HttpStatus.OK, body.apply(l)))
                .orElseGet(() -> page(HttpStatus.BAD_REQUEST, "<p>" + escape(REFUSED) + "</p>"));
    }

    private static ResponseEntity<String> page(HttpStatus status, String body) {
        var html = "<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\">"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
                + "<meta name=\"robots\" content=\"noindex\">"
                + "<title>Unsubscribe · Filmclub</title></head>"
                + "<body style=\"font-family: system-ui, sans-serif; max-width: 36em; margin: 2em auto; padding: 0 1em;"
                + " line-height: 1.5\"><main><h1>Filmclub mail</h1>" + body + "</main></body></html>";
        return ResponseEntity.status(status)
                .contentType(new MediaType(MediaType.TEXT_HTML, java.nio.charset.StandardCharsets.UTF_8))
                .cacheControl(CacheControl.noStore())
                // The address holds the signature: it goes to no other site.
                .header("Referrer-Policy", "no-referrer")
                .body(html);
    }

    private static String escape(String text) {
        return HtmlUtils.htmlEscape(text, "UTF-8");
    }
}
