package org.filmclub.member.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.filmclub.base.ui.PageTitles;
import org.filmclub.member.MemberService;

/**
 * The page of the link mailed to a new address. The address counts once the member presses the button
 * (a mail program that opens links to scan them confirms nothing); it works without a login.
 */
@Route(value = "verify-address", autoLayout = false)
@PageTitle("Confirm your email address" + PageTitles.SUFFIX)
@AnonymousAllowed
public class VerifyAddressView extends Main implements HasUrlParameter<String> {

    static final String NO_LONGER_WORKS = "This link no longer works: it was used already, it is more than 48"
            + " hours old, or the address was changed since. Your profile can send a new one.";

    private final MemberService members;
    private final VerticalLayout card = new VerticalLayout();

    VerifyAddressView(MemberService members) {
        this.members = members;
        addClassName("centered-page");
        card.addClassName("card");
        card.setPadding(false);
        add(card);
    }

    @Override
    public void setParameter(BeforeEvent event, String token) {
        card.removeAll();
        var confirm = new Button("Confirm my address", click -> {
            card.removeAll();
            members.verifyAddress(token)
                    .ifPresentOrElse(
                            address -> card.add(
                                    new H1("Address confirmed"),
                                    new Paragraph(address + " is confirmed. Filmclub mails you there from now on.")),
                            () -> card.add(new H1("This link no longer works"), new Paragraph(NO_LONGER_WORKS)));
            card.add(new Paragraph(new RouterLink("Go to Filmclub", ProfileView.class)));
        });
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        card.add(
                new H1("Confirm your email address"),
                new Paragraph("Confirm that this address is yours, so Filmclub can mail you there."),
                confirm);
    }
}
