/**
 * Mail to members, sent once and never from a rolled-back change. A feature renders a {@link
 * org.filmclub.base.mail.MailTemplate} into {@link org.filmclub.base.mail.MailContent} (every value
 * escaped), wraps it in a {@link org.filmclub.base.mail.Mail} and calls {@link
 * org.filmclub.base.mail.MailOutbox#enqueue} inside its own transaction; the sender delivers it
 * after commit, retrying while the mail server is away. Kernel infrastructure: deciding who is mailed
 * what belongs to the features above.
 */
package org.filmclub.base.mail;
