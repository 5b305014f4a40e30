package org.filmclub.club;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.sidenav.SideNavItem;
import org.filmclub.AbstractAppTest;
import org.junit.jupiter.api.Test;

/** The member's clubs are in the side menu once, with the club the member is in marked on all of its pages. */
class ClubMenuTest extends AbstractAppTest {

    @Test
    void the_menu_lists_the_members_clubs_once_and_marks_the_club_on_its_pages() {
        var host = newMember("Lia Costa");
        var slug = newClub(host);
        var other = newClub(host);
        loginAs(host);

        for (var path : new String[] {"clubs", "clubs/" + slug, "clubs/" + slug + "/taste", "profile"}) {
            UI.getCurrent().navigate(path);
            assertThat(_find(Select.class))
                    .as("a second list of clubs on " + path)
                    .isEmpty();
        }
        assertThat(itemsFor(slug)).singleElement().satisfies(club -> assertThat(club.isMatchNested())
                .isTrue());
        assertThat(itemsFor(other)).hasSize(1);
        assertThat(_find(SideNavItem.class).stream().filter(item -> "My clubs".equals(item.getLabel())))
                .singleElement()
                .satisfies(mine -> assertThat(mine.isMatchNested()).isFalse());
    }

    private static java.util.List<SideNavItem> itemsFor(String slug) {
        return _find(SideNavItem.class).stream()
                .filter(item -> ("clubs/" + slug).equals(item.getPath()))
                .toList();
    }
}
