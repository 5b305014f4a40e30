package org.filmclub.base.mail;

/** A mail's subject, plain-text part and HTML part, as {@link MailTemplate#render} makes them. */
public record MailContent(String subject, String text, String html) {}
