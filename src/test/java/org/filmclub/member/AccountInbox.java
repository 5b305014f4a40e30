package org.filmclub.member;

import com.icegreen.greenmail.util.GreenMail;
import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

/** The account mail the app's own SMTP server (GreenMail) received in the tests, and the links in it. */
public final class AccountInbox {

    static final Duration PATIENCE = Duration.ofSeconds(30);
    private static final Pattern LINK =
            Pattern.compile("https?://[^\\s\"<>]+/(verify-address|reset-password)/([A-Za-z0-9_-]+)");

    private final GreenMail server;

    public AccountInbox(GreenMail server) {
        this.server = server;
    }

    /** A mailed link: its address, and the token at its end. */
    public record Link(String url, String kind, String token) {
        public String path() {
            return kind + "/" + token;
        }
    }

    public List<MimeMessage> to(String address) {
        return Arrays.stream(server.getReceivedMessages())
                .filter(m -> isFor(m, address))
                .toList();
    }

    /** Waits until {@code count} mails reached the address, and returns the link in the last one. */
    public Link awaitLink(String address, int count) {
        var deadline = System.nanoTime() + PATIENCE.toNanos();
        while (System.nanoTime() < deadline) {
            var arrived = to(address);
            if (arrived.size() >= count) {
                return linkIn(arrived.get(count - 1));
            }
            server.waitForIncomingEmail(200, server.getReceivedMessages().length + 1);
        }
        throw new AssertionError(count + " mails to " + address + " did not arrive in " + PATIENCE);
    }

    static Link linkIn(MimeMessage message) {
        var text = text(message);
        var matcher = LINK.matcher(text);
        if (!matcher.find()) {
            throw new AssertionError("No link in: " + text);
        }
        return new Link(matcher.group(), matcher.group(1), matcher.group(2));
    }

    static String text(Part part) {
        try {
            if (part.isMimeType("text/plain")) {
                return String.valueOf(part.getContent());
            }
            if (part.isMimeType("multipart/*")) {
                var multipart = (Multipart) part.getContent();
                for (int i = 0; i < multipart.getCount(); i++) {
                    var found = text(multipart.getBodyPart(i));
                    if (!found.isEmpty()) {
                        return found;
                    }
                }
            }
            return "";
        } catch (MessagingException | IOException e) {
            throw new AssertionError(e);
        }
    }

    private static boolean isFor(MimeMessage message, String address) {
        try {
            Address[] recipients = message.getAllRecipients();
            return recipients != null
                    && Arrays.stream(recipients)
                            .anyMatch(r -> ((InternetAddress) r).getAddress().equalsIgnoreCase(address));
        } catch (MessagingException e) {
            return false;
        }
    }
}
