package org.filmclub.club.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.time.ZoneId;
import org.filmclub.base.InvalidInputException;
import org.filmclub.base.ui.AppUrl;
import org.filmclub.base.ui.FieldErrors;
import org.filmclub.base.ui.Notifications;
import org.filmclub.base.ui.Times;
import org.filmclub.club.InvitationMails;
import org.filmclub.club.Invite;

/** A host's invite link: copy it, mail it to addresses, or replace it so the old one stops working. */
class InviteBox extends Div {

    InviteBox(Invite invite, ZoneId zone, Runnable regenerate, InvitationMails mails, String slug) {
        addClassName("card");
        var link = new TextField("Invite link");
        link.setReadOnly(true);
        link.setWidthFull();
        link.setValue(AppUrl.of(invite.path()));
        var copy = new Button("Copy link", e -> {
            link.getElement().executeJs("navigator.clipboard && navigator.clipboard.writeText($0)", link.getValue());
            Notifications.success("Invite link copied");
        });
        var renew = new Button("New link", e -> {
            var dialog = new ConfirmDialog(
                    "Make a new invite link?",
                    "The current link stops working at once. Members already in the club stay.",
                    "Make new link",
                    confirmed -> regenerate.run());
            dialog.setCancelable(true);
            dialog.open();
        });
        var expires = Times.dateTime(invite.expiresAt(), zone);
        var actions = new Div(copy, renew);
        actions.addClassName("actions");
        add(
                new H2("Invite members"),
                new Paragraph("Anyone with this link can join until " + expires + "."),
                link,
                actions,
                byMail(mails, slug));
    }

    private static Div byMail(InvitationMails mails, String slug) {
        var addresses = new TextArea("Mail the link to");
        addresses.setHelperText("Email addresses, one per line, at most " + InvitationMails.MAX_ADDRESSES);
        addresses.setMaxLength(InvitationMails.TEXT_MAX);
        addresses.setWidthFull();
        var errors = new FieldErrors().bind(InvitationMails.FIELD, addresses);
        var send = new Button("Mail invitations", e -> {
            try {
                var sent = mails.send(slug, addresses.getValue());
                errors.clear();
                addresses.clear();
                Notifications.success(said(sent));
            } catch (InvalidInputException refused) {
                errors.show(refused);
            }
        });
        send.setDisableOnClick(true);
        send.addClickListener(e -> send.setEnabled(true));
        var actions = new Div(send);
        actions.addClassName("actions");
        var box = new Div(addresses, actions);
        box.addClassName("invite-by-mail");
        return box;
    }

    private static String said(InvitationMails.InvitationsSent sent) {
        if (sent.mailed() == 0) {
            return "Every address had this link mailed before; nothing was sent again.";
        }
        var mailed = sent.mailed() == 1
                ? "Invitation mailed to 1 address."
                : "Invitations mailed to " + sent.mailed() + " addresses.";
        return sent.mailedBefore() == 0
                ? mailed
                : mailed + " " + sent.mailedBefore() + " had this link mailed before and were not mailed again.";
    }
}
