package org.filmclub.base.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.ParentLayout;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinResponse;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.servlet.http.HttpServletResponse;
import org.filmclub.base.AppPaths;

/**
 * The one page for anything that is missing or that the member may not know about: it reads the
 * same whether the thing does not exist or belongs to someone else. It sits in the app's layout, so
 * the member keeps the menu and the way to their clubs.
 */
@PageTitle("Not found — Filmclub")
@ParentLayout(MainLayout.class)
@AnonymousAllowed
public class NotFoundView extends Main implements HasErrorParameter<NotFoundException> {

    public NotFoundView() {
        addClassNames("page", "not-found");
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<NotFoundException> parameter) {
        removeAll();
        var signedIn =
                VaadinRequest.getCurrent() != null && VaadinRequest.getCurrent().getUserPrincipal() != null;
        var links = new Div();
        links.addClassName("actions");
        if (signedIn) {
            links.add(new Anchor(AppPaths.clubs(), "Go to my clubs"));
        } else {
            links.add(new Anchor("login", "Log in"));
        }
        var card = new Div(
                new H1("Nothing here"),
                new Paragraph("This page does not exist, or you are not a member of the club it belongs to. "
                        + "If someone sent you this address, ask them for an invite to their club."),
                links);
        card.addClassName("card");
        add(card);
        answerNotFound();
        return HttpServletResponse.SC_NOT_FOUND;
    }

    /**
     * Vaadin does not put the error view's status on the page's own response, so it is set here when the page is
     * drawn in the browser's first request for the address (see {@code vaadin.eagerServerLoad}). A later request of
     * the running page (a click on a link) carries Vaadin's own messages, which must keep answering 200.
     */
    private static void answerNotFound() {
        var request = VaadinRequest.getCurrent();
        var response = VaadinResponse.getCurrent();
        if (request != null && response != null && request.getParameter("v-r") == null) {
            response.setStatus(HttpServletResponse.SC_NOT_FOUND);
        }
    }
}
