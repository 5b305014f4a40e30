package org.filmclub.member.ui;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import org.filmclub.base.ui.Notifications;
import org.filmclub.member.MailKind;
import org.filmclub.member.MemberMail;

/** The member's choice of mail, one checkbox a kind, saved as soon as it changes. */
class MailChoices extends Div {

    MailChoices(MemberMail mail) {
        add(new Paragraph("Mail only goes to a confirmed address. What should we mail you?"));
        mail.myChoices().forEach((kind, wanted) -> {
            var box = new Checkbox(label(kind), wanted);
            box.setHelperText(kind.description());
            box.addValueChangeListener(change -> {
                mail.choose(kind, change.getValue());
                Notifications.success(
                        change.getValue() ? label(kind) + ": we will mail you." : label(kind) + ": no more mail.");
            });
            add(new Div(box));
        });
        add(new Paragraph("Mail about your account (confirming your address, setting a new password) and"
                + " invitations to clubs are always sent."));
    }

    static String label(MailKind kind) {
        return switch (kind) {
            case SCREENINGS -> "Screenings";
            case REPLIES -> "Replies and mentions";
            case DIGEST -> "Weekly digest";
            case ACCOUNT -> "Your account";
            case INVITATION -> "Invitations";
        };
    }
}
