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
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.servlet.http.HttpServletResponse;
import org.filmclub.base.AppPaths;

/**
 * The one page for anything that is missing or that the member may not know about: it reads the
 * same whether the thing does not exist or belongs to someone else.
 */
@PageTitle("Not found · Filmclub")
@AnonymousAllowed
public class NotFoundView extends Main implements HasErrorParameter<NotFoundException> {

    public NotFoundView() {
        addClassName("centered-page");
        var card = new Div(
                new H1("Nothing here"),
                new Paragraph("This page does not exist, or you are not a member of the club it belongs to."),
                new Anchor(AppPaths.clubs(), "Go to my clubs"));
        card.addClassName("card");
        add(card);
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<NotFoundException> parameter) {
        return HttpServletResponse.SC_NOT_FOUND;
    }
}
