package org.filmclub.base.mail;

import com.icegreen.greenmail.util.GreenMail;
import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.time.Instant;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** The mail that the development SMTP server caught, newest first; a bean only where that server runs. */
public class DevMailbox {

    /** At most this many are shown. */
    public static final int SHOWN = 200;

    /** One caught mail, its parts as text (the HTML as it came: show it only sanitised or sandboxed). */
    public record CaughtMail(String messageId, String to, String subject, Instant sentAt, String text, String html) {}

    private final GreenMail server;

    DevMailbox(GreenMail server) {
        this.server = server;
    }

    public List<CaughtMail> newestFirst() {
        return Arrays.stream(server.getReceivedMessages())
                .map(DevMailbox::read)
                .flatMap(Optional::stream)
                .sorted(Comparator.comparing(CaughtMail::sentAt).reversed())
                .limit(SHOWN)
                .toList();
    }

    private static Optional<CaughtMail> read(MimeMessage message) {
        try {
            var sent = message.getSentDate();
            return Optional.of(new CaughtMail(
                    String.valueOf(message.getMessageID()),
                    String.join(
                            ", ",
                            Arrays.stream(message.getAllRecipients())
                                    .map(Object::toString)
                                    .toList()),
                    String.valueOf(message.getSubject()),
                    sent == null ? Instant.EPOCH : sent.toInstant(),
                    Optional.ofNullable(part(message, "text/plain")).orElse(""),
                    Optional.ofNullable(part(message, "text/html")).orElse("")));
        } catch (MessagingException | IOException e) {
            return Optional.empty();
        }
    }

    private static @Nullable String part(Part part, String type) throws MessagingException, IOException {
        if (part.isMimeType(type) && !Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition())) {
            return String.valueOf(part.getContent());
        }
        if (part.isMimeType("multipart/*")) {
            var multipart = (Multipart) part.getContent();
            for (int i = 0; i < multipart.getCount(); i++) {
                BodyPart child = multipart.getBodyPart(i);
                var found = part(child, type);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }
}
