package org.filmclub.base.ui;

import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.Comparator;
import java.util.List;

/**
 * The app bar and the navigation drawer around every view that does not opt out; the drawer folds
 * away on a phone. Open to all because each view guards itself, and the parts show nothing to a
 * visitor who is not signed in (such as on the not-found page).
 */
@Layout
@AnonymousAllowed
public class MainLayout extends AppLayout {

    MainLayout(List<ShellPart> parts) {
        var brand = new Span("Filmclub");
        brand.addClassName("brand");
        var bar = new Div(new DrawerToggle(), brand);
        bar.addClassName("app-bar");
        var drawer = new Div();
        drawer.addClassName("drawer");
        parts.stream().sorted(Comparator.comparingInt(ShellPart::order)).forEach(part -> part.create()
                .ifPresent(c -> (part.place() == ShellPart.Place.APP_BAR ? bar : drawer).add(c)));
        addToNavbar(bar);
        addToDrawer(drawer);
        setPrimarySection(Section.NAVBAR);
    }
}
