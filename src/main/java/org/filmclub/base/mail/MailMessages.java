package org.filmclub.base.mail;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.internet.MimeUtility;
import java.io.UnsupportedEncodingException;
import java.util.Date;
import java.util.Properties;

/**
 * Builds the MIME message for an outbox row: text and HTML as alternatives; with a calendar entry,
 * also a {@code text/calendar; method=…} alternative (what calendar programs act on) and the same
 * entry as an {@code invite.ics} attachment. Its {@code Message-ID} is made from the row, so a mail
 * sent again after a lost reply from the server is recognisably the same mail.
 */
final class MailMessages {

    private static final String UTF_8 = "UTF-8";

    private final Session session = Session.getInstance(new Properties());
    private final InternetAddress from;
    private final String domain;

    MailMessages(InternetAddress from) {
        this.from = from;
        var address = from.getAddress();
        this.domain = address.substring(address.lastIndexOf('@') + 1);
    }

    InternetAddress from() {
        return from;
    }

    String messageId(OutboxRow row) {
        return "<mail-" + row.id() + "." + row.createdAt().toEpochMilli() + "@" + domain + ">";
    }

    MimeMessage build(OutboxRow row, Date sentAt) throws MessagingException {
        var message = new StableIdMessage(session, messageId(row));
        message.setFrom(from);
        message.setRecipient(MimeMessage.RecipientType.TO, recipient(row));
        message.setSubject(row.subject(), UTF_8);
        message.setSentDate(sentAt);
        for (var header : row.headers().entrySet()) {
            message.setHeader(header.getKey(), headerValue(header.getKey(), header.getValue()));
        }
        var alternatives = new MimeMultipart("alternative");
        alternatives.addBodyPart(textPart(row.text(), "plain"));
        alternatives.addBodyPart(textPart(row.html(), "html"));
        var calendar = row.calendar();
        if (calendar == null) {
            message.setContent(alternatives);
        } else {
            var method = calendar.method().name();
            var inline = new MimeBodyPart();
            inline.setContent(calendar.ics(), "text/calendar; charset=UTF-8; method=" + method);
            alternatives.addBodyPart(inline);
            var body = new MimeBodyPart();
            body.setContent(alternatives);
            var attachment = new MimeBodyPart();
            attachment.setContent(calendar.ics(), "application/ics; name=invite.ics");
            attachment.setFileName("invite.ics");
            attachment.setDisposition(MimeBodyPart.ATTACHMENT);
            var mixed = new MimeMultipart("mixed");
            mixed.addBodyPart(body);
            mixed.addBodyPart(attachment);
            message.setContent(mixed);
        }
        message.saveChanges();
        return message;
    }

    private static InternetAddress recipient(OutboxRow row) throws MessagingException {
        try {
            return new InternetAddress(row.to(), row.toName(), UTF_8);
        } catch (UnsupportedEncodingException e) {
            throw new MessagingException("UTF-8 is missing", e);
        }
    }

    private static MimeBodyPart textPart(String text, String subtype) throws MessagingException {
        var part = new MimeBodyPart();
        part.setText(text, UTF_8, subtype);
        return part;
    }

    private static String headerValue(String name, String value) throws MessagingException {
        try {
            var encoded = value.chars().allMatch(c -> c < 127) ? value : MimeUtility.encodeText(value, UTF_8, null);
            return MimeUtility.fold(name.length() + 2, encoded);
        } catch (UnsupportedEncodingException e) {
            throw new MessagingException("UTF-8 is missing", e);
        }
    }

    /** A message whose Message-ID stays the one given, however often it is saved. */
    private static final class StableIdMessage extends MimeMessage {
        private final String id;

        StableIdMessage(Session session, String id) {
            super(session);
            this.id = id;
        }

        @Override
        protected void updateMessageID() throws MessagingException {
            setHeader("Message-ID", id);
        }
    }
}
