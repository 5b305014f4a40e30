package org.filmclub.club.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.RouteConfiguration;
import java.util.Optional;
import java.util.function.Supplier;
import org.filmclub.base.AppPaths;
import org.filmclub.base.ui.ShellPart;
import org.filmclub.club.ClubService;
import org.filmclub.club.ClubSummary;
import org.filmclub.member.CurrentMember;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The member's clubs in the shell: a switcher in the app bar and links in the drawer, kept fresh on every navigation. */
@Configuration
class ClubNavigation {

    @Bean
    ShellPart clubSwitcher(ClubService clubs, CurrentMember currentMember) {
        return part(ShellPart.Place.APP_BAR, 10, currentMember, () -> new Switcher(clubs));
    }

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

    static final class Switcher extends Select<ClubSummary> implements AfterNavigationObserver {

        private final ClubService clubs;
        private boolean updating;

        Switcher(ClubService clubs) {
            this.clubs = clubs;
            addClassName("club-switcher");
            setPlaceholder("Switch club");
            setAriaLabel("Switch club");
            setItemLabelGenerator(ClubSummary::name);
            addValueChangeListener(e -> {
                if (!updating && e.getValue() != null) {
                    getUI().ifPresent(ui -> ui.navigate(
                            ClubHomeView.class, ClubHomeView.params(e.getValue().slug())));
                }
            });
        }

        @Override
        public void afterNavigation(AfterNavigationEvent event) {
            updating = true;
            var mine = clubs.myClubs();
            setItems(mine);
            var path = event.getLocation().getPath();
            mine.stream()
                    .filter(c -> AppPaths.inClub(path, c.slug()))
                    .findFirst()
                    .ifPresentOrElse(this::setValue, this::clear);
            setVisible(!mine.isEmpty());
            updating = false;
        }
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
            clubs.myClubs()
                    .forEach(c -> addItem(new SideNavItem(
                            c.name(), routes.getUrl(ClubHomeView.class, ClubHomeView.params(c.slug())))));
        }
    }
}
