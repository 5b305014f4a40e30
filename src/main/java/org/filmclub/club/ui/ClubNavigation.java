package org.filmclub.club.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.RouteConfiguration;
import java.util.Optional;
import java.util.function.Supplier;
import org.filmclub.base.ui.ShellPart;
import org.filmclub.club.ClubService;
import org.filmclub.member.CurrentMember;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The member's clubs in the shell: links in the drawer, kept fresh on every navigation, the club the member is in
 * marked on all of its pages. The drawer is open beside the page on a laptop and one tap away on a phone, so the app
 * bar carries no second list of the same clubs.
 */
@Configuration
class ClubNavigation {

    @Bean
    ShellPart clubDrawer(ClubService clubs, CurrentMember currentMember) {
        return part(ShellPart.Place.DRAWER, 10, currentMember, () -> new Drawer(clubs));
    }

    private static ShellPart part(
            ShellPart.Place place, int order, CurrentMember currentMember, Supplier<Component> factory) {
        return new ShellPart() {
            @Override
            public Place place() {
                return place;
            }

            @Override
            public int order() {
                return order;
            }

            @Override
            public Optional<Component> create() {
                return currentMember.find().map(me -> factory.get());
            }
        };
    }

    static final class Drawer extends SideNav implements AfterNavigationObserver {

        private final ClubService clubs;

        Drawer(ClubService clubs) {
            this.clubs = clubs;
            setLabel("Clubs");
        }

        @Override
        public void afterNavigation(AfterNavigationEvent event) {
            removeAll();
            addItem(new SideNavItem("My clubs", ClubsView.class));
            var routes = RouteConfiguration.forSessionScope();
            clubs.myClubs().forEach(c -> {
                var item = new SideNavItem(c.name(), routes.getUrl(ClubHomeView.class, ClubHomeView.params(c.slug())));
                item.setMatchNested(true);
                addItem(item);
            });
        }
    }
}
