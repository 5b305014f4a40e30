package org.filmclub.club.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import java.time.ZoneId;
import org.filmclub.base.ui.AppUrl;
import org.filmclub.base.ui.Notifications;
import org.filmclub.base.ui.Times;
import org.filmclub.club.Invite;

/** A host's invite link: copy it, or replace it so the old one stops working. */
class InviteBox extends Div {

    InviteBox(Invite invite, ZoneId zone, Runnable regenerate) {
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
                actions);
    }
}
