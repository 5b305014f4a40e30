package org.filmclub.notification;

import static com.github.mvysny.kaributesting.v10.LocatorJ.*;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.BasicUtilsKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.popover.Popover;
import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import javax.sql.DataSource;
import org.filmclub.AbstractAppTest;
import org.filmclub.Screen;
import org.filmclub.discussion.ChatMessage;
import org.filmclub.discussion.MessagePosted;
import org.filmclub.film.FilmDetails;
import org.filmclub.film.FilmService;
import org.filmclub.member.MemberProfile;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Replies and mentions reach the member they concern, in the bell and in its panel. A post is
 * made the way the discussion makes one: its event is published inside the posting transaction.
 */
@RecordApplicationEvents
class NotificationJourneyTest extends AbstractAppTest {

    @Autowired
    private ApplicationEvents published;

    /** Nothing refers to a message by key, so made-up ids far above real ones will do. */
    private static final AtomicLong MESSAGE_IDS = new AtomicLong(900_000_000);

    @Autowired
    private NotificationService notifications;

    @Autowired
    private FilmService films;

    @Autowired
    private ApplicationEventPublisher events;

    @Autowired
    private PlatformTransactionManager transactionManager;

    @Autowired
    private DataSource dataSource;

    private record FilmIn(String slug, long clubId, long filmId, String title) {}

    private record Club(MemberProfile ada, MemberProfile ben, FilmIn film) {}

    /** Ada and Ben in a new club with "Her"; Ada is logged in, on the club's page. */
    private Club adaOnTheClubPage() {
        var ada = newMember("Ada Lind");
        var ben = newMember("Ben Okafor");
        var slug = newClub(ada, ben);
        var film = her(slug);
        loginAs(ada);
        UI.getCurrent().navigate("clubs/" + slug);
        return new Club(ada, ben, film);
    }

    /** Adds "Her" to the club as the member logged in now. */
    private FilmIn her(String slug) {
        var clubId = clubService.myClubs().stream()
                .filter(c -> c.slug().equals(slug))
                .findFirst()
                .orElseThrow()
                .id();
        var film = films.add(slug, new FilmDetails("Her", 2013, "Spike Jonze", 126, "", ""));
        return new FilmIn(slug, clubId, film.id(), "Her");
    }

    /** Posts as the given member, then leaves them logged in; returns the message's id. */
    private long post(
            MemberProfile poster, FilmIn film, Long repliedToAuthorId, Set<Long> mentioned, boolean rollBack) {
        loginAs(poster);
        var id = MESSAGE_IDS.incrementAndGet();
        var message = new ChatMessage(
                id,
                film.filmId(),
                poster.id(),
                poster.displayName(),
                poster.username(),
                repliedToAuthorId == null ? null : id - 1,
                "<p>Hello</p>",
                clock.instant(),
                null,
                ChatMessage.Status.VISIBLE,
                null);
        new TransactionTemplate(transactionManager).executeWithoutResult(status -> {
            events.publishEvent(
                    new MessagePosted(message, film.clubId(), film.slug(), film.title(), repliedToAuthorId, mentioned));
            if (rollBack) {
                status.setRollbackOnly();
            }
        });
        return id;
    }

    private String link(FilmIn film, long messageId) {
        return "clubs/" + film.slug() + "/films/" + film.filmId() + "?message=" + messageId;
    }

    private Button bell() {
        return _get(
                Button.class,
                spec -> spec.withPredicate(b -> b.getAriaLabel().orElse("").startsWith("Notifications")));
    }

    @Test
    void only_the_members_a_message_notifies_have_their_bells_told() {
        var ada = newMember("Ada Lind");
        var ben = newMember("Ben Okafor");
        var film = her(newClub(ada, ben));

        // A busy room's plain messages tell no bell anything.
        post(ben, film, null, Set.of(), false);
        post(ben, film, ben.id(), Set.of(ben.id()), false);
        assertThat(published.stream(NotificationsChanged.class)).isEmpty();

        post(ben, film, ada.id(), Set.of(), false);
        assertThat(published.stream(NotificationsChanged.class))
                .singleElement()
                .satisfies(changed -> assertThat(changed.memberId()).isEqualTo(ada.id()));
    }

    @Test
    void a_post_that_notifies_someone_needs_no_database_connection_but_its_own() throws Exception {
        var club = adaOnTheClubPage();
        var ada = club.ada();
        var ben = club.ben();
        var film = club.film();

        // Every connection of the pool but one is busy elsewhere, as when a hundred members post at once.
        var pool = dataSource.unwrap(HikariDataSource.class);
        var busy = new ArrayList<Connection>();
        try {
            while (busy.size() < pool.getMaximumPoolSize() - 1) {
                busy.add(dataSource.getConnection());
            }
            // Before, the count taken after the commit asked for a second connection while the post's was held,
            // waited out the pool's timeout and failed, and the bell never heard of the reply.
            post(ben, film, ada.id(), Set.of(), false);
            loginAs(ada);
            pushesArrive();
            assertThat(_get(Span.class, spec -> spec.withClasses("bell-count")).getText())
                    .isEqualTo("1");
        } finally {
            for (var connection : busy) {
                connection.close();
            }
        }
    }

    @Test
    void a_reply_creates_one_notification_for_the_replied_to_member_and_none_for_the_poster() {
        var ada = newMember("Ada Lind");
        var ben = newMember("Ben Okafor");
        var film = her(newClub(ada, ben));

        var id = post(ben, film, ada.id(), Set.of(), false);
        post(ben, film, ben.id(), Set.of(ben.id()), false);

        assertThat(notifications.recent(50)).isEmpty();
        assertThat(notifications.unreadCount()).isZero();
        loginAs(ada);
        assertThat(notifications.unreadCount()).isEqualTo(1);
        assertThat(notifications.recent(50)).singleElement().satisfies(n -> {
            assertThat(n.kind()).isEqualTo(NotificationKind.REPLY);
            assertThat(n.text()).isEqualTo("Ben Okafor replied to you on Her");
            assertThat(n.link()).isEqualTo(link(film, id));
            assertThat(n.read()).isFalse();
        });
    }

    @Test
    void a_mention_notifies_the_mentioned_member_and_a_reply_that_also_mentions_gives_one() {
        var ada = newMember("Ada Lind");
        var ben = newMember("Ben Okafor");
        var cy = newMember("Cy Moreau");
        var film = her(newClub(ada, ben, cy));

        post(ben, film, ada.id(), Set.of(ada.id(), cy.id(), ben.id()), false);

        loginAs(ada);
        assertThat(notifications.recent(50)).singleElement().satisfies(n -> assertThat(n.kind())
                .isEqualTo(NotificationKind.REPLY));
        loginAs(cy);
        assertThat(notifications.recent(50)).singleElement().satisfies(n -> {
            assertThat(n.kind()).isEqualTo(NotificationKind.MENTION);
            assertThat(n.text()).isEqualTo("Ben Okafor mentioned you on Her");
        });
        loginAs(ben);
        assertThat(notifications.recent(50)).isEmpty();
    }

    @Test
    void the_bell_shows_the_unread_count_live_and_its_panel_links_to_the_message() {
        var club = adaOnTheClubPage();
        var ada = club.ada();
        var ben = club.ben();
        var film = club.film();
        _assertNone(Span.class, spec -> spec.withClasses("bell-count"));
        assertThat(bell().getAriaLabel()).contains("Notifications, 0 unread");

        // Ben posts in a session of his own; Ada's screen only hears of it through the live bus.
        var first = post(ben, film, ada.id(), Set.of(), false);
        var second = post(ben, film, null, Set.of(ada.id()), false);
        loginAs(ada);
        pushesArrive();
        assertThat(_get(Span.class, spec -> spec.withClasses("bell-count")).getText())
                .isEqualTo("2");
        assertThat(bell().getAriaLabel()).contains("Notifications, 2 unread");

        // What the browser does when the bell is clicked.
        _get(Popover.class).open();
        var reply = _get(Anchor.class, spec -> spec.withText("Ben Okafor replied to you on Her"));
        assertThat(reply.getHref()).isEqualTo(link(film, first));
        assertThat(_get(Anchor.class, spec -> spec.withText("Ben Okafor mentioned you on Her"))
                        .getHref())
                .isEqualTo(link(film, second));
        assertThat(_find(ListItem.class, spec -> spec.withClasses("unread"))).hasSize(2);
        assertThat(Screen.text()).contains("just now");

        _click(_get(Button.class, spec -> spec.withText("Mark all as read")));
        _assertNone(Span.class, spec -> spec.withClasses("bell-count"));
        _assertNone(ListItem.class, spec -> spec.withClasses("unread"));
        assertThat(notifications.unreadCount()).isZero();
    }

    @Test
    void opening_a_notification_from_the_panel_marks_them_all_read() {
        var ada = newMember("Ada Lind");
        var ben = newMember("Ben Okafor");
        var slug = newClub(ada, ben);
        var film = her(slug);
        post(ben, film, ada.id(), Set.of(), false);
        post(ben, film, null, Set.of(ada.id()), false);
        loginAs(ada);
        UI.getCurrent().navigate("clubs/" + slug);
        assertThat(_get(Span.class, spec -> spec.withClasses("bell-count")).getText())
                .isEqualTo("2");

        _get(Popover.class).open();
        var reply = _get(Anchor.class, spec -> spec.withText("Ben Okafor replied to you on Her"));
        BasicUtilsKt._fireDomEvent(reply, "click");

        assertThat(_get(Popover.class).isOpened()).isFalse();
        _assertNone(Span.class, spec -> spec.withClasses("bell-count"));
        assertThat(notifications.recent(50)).hasSize(2).allMatch(NotificationItem::read);
    }

    @Test
    void a_rolled_back_post_creates_nothing() {
        var club = adaOnTheClubPage();
        var ada = club.ada();
        var ben = club.ben();
        var film = club.film();

        post(ben, film, ada.id(), Set.of(ada.id()), true);
        loginAs(ada);
        pushesArrive();

        assertThat(notifications.unreadCount()).isZero();
        assertThat(notifications.recent(50)).isEmpty();
        _assertNone(Span.class, spec -> spec.withClasses("bell-count"));
    }

    @Test
    void a_member_only_ever_sees_their_own_notifications() {
        var ada = newMember("Ada Lind");
        var ben = newMember("Ben Okafor");
        var cy = newMember("Cy Moreau");
        var slug = newClub(ada, ben, cy);
        var film = her(slug);
        post(ben, film, ada.id(), Set.of(), false);

        loginAs(cy);
        assertThat(notifications.recent(50)).isEmpty();
        assertThat(notifications.unreadCount()).isZero();
        notifications.markAllRead();
        UI.getCurrent().navigate("clubs/" + slug);
        _get(Popover.class).open();
        assertThat(Screen.text()).contains("No notifications yet.").doesNotContain("replied to you");

        loginAs(ada);
        assertThat(notifications.unreadCount())
                .as("another member's mark-all-read leaves mine alone")
                .isEqualTo(1);
    }
}
