package org.filmclub;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.mvysny.fakeservlet.FakeRequest;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.github.mvysny.kaributesting.v10.spring.MockSpringServlet;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.VaadinServletRequest;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import kotlin.jvm.functions.Function0;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.filmclub.base.ContentNotFoundException;
import org.filmclub.base.live.LiveBus;
import org.filmclub.club.ClubDetails;
import org.filmclub.club.ClubService;
import org.filmclub.member.MemberProfile;
import org.filmclub.member.MemberService;
import org.filmclub.member.SignUp;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The one Spring context every app test shares: the real app on a random port, on a database of
 * its own (see {@link TestDatabase}), with Karibu's mocked browser for view tests.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles(resolver = TestDatabase.class)
@Tag("app")
@Import(AbstractAppTest.Clocks.class)
public abstract class AbstractAppTest {

    @TestConfiguration
    static class Clocks {
        @Bean
        @Primary
        TestClock testClock() {
            return new TestClock();
        }

        @Bean
        static StatementCounter statementCounter() {
            return new StatementCounter();
        }
    }

    public static final String PASSWORD = "popcorn-and-subtitles";
    private static final Routes ROUTES = new Routes().autoDiscoverViews("org.filmclub");
    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    @Autowired
    protected ApplicationContext context;

    @Autowired
    protected MemberService memberService;

    @Autowired
    protected TestClock clock;

    @Autowired
    protected ClubService clubService;

    @LocalServerPort
    protected int port;

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry properties) {
        TestDatabase.register(properties);
    }

    @BeforeEach
    protected void setUpVaadin() {
        Function0<UI> uiFactory = UI::new;
        MockVaadin.setup(uiFactory, new MockSpringServlet(ROUTES, context, uiFactory));
    }

    /**
     * Lets the live events of the test's last action arrive first, and the screens' work they queued
     * run as the member still logged in, so the end of a test never depends on when a lane delivers.
     */
    @AfterEach
    void tearDownVaadin() {
        clock.resume();
        context.getBean(LiveBus.class).awaitDelivered();
        MockVaadin.tearDown();
        SecurityContextHolder.clearContext();
    }

    /** A new member with a name no other test uses, in Lisbon's time zone. */
    protected MemberProfile newMember(String name) {
        return newMember(name, "Europe/Lisbon");
    }

    /** A new member with a name no other test uses, in this time zone. */
    protected MemberProfile newMember(String name, String timeZone) {
        var username = name.toLowerCase().replace(' ', '.') + SEQUENCE.incrementAndGet();
        return memberService.signUp(new SignUp(username, name, PASSWORD, timeZone, username + "@example.org"));
    }

    /** Acts as this member from now on, in services and in Karibu's request alike. */
    protected void loginAs(MemberProfile member) {
        var auth = UsernamePasswordAuthenticationToken.authenticated(member.username(), null, List.of());
        SecurityContextHolder.getContext().setAuthentication(auth);
        var request = (FakeRequest) VaadinServletRequest.getCurrent().getRequest();
        request.setUserPrincipalInt(auth);
        request.setUserInRole((principal, role) -> false);
    }

    protected void logout() {
        SecurityContextHolder.clearContext();
        var request = (FakeRequest) VaadinServletRequest.getCurrent().getRequest();
        request.setUserPrincipalInt(null);
    }

    /** A new club with this host and members; returns its address. Leaves the last member logged in. */
    protected String newClub(MemberProfile host, MemberProfile... members) {
        loginAs(host);
        var club = clubService.create(new ClubDetails(unique("Club"), "", ""));
        var invite = clubService.home(club.slug()).invite().orElseThrow().code();
        for (var member : members) {
            loginAs(member);
            clubService.join(invite);
        }
        return club.slug();
    }

    /** What a browser would now be shown by push: the events delivered, then the UI's queued work run. */
    protected void pushesArrive() {
        context.getBean(LiveBus.class).awaitDelivered();
        MockVaadin.clientRoundtrip();
    }

    /** To a member of another club, its things look as if they were not there at all. */
    protected static void looksMissing(ThrowingCallable call) {
        assertThatThrownBy(call).isInstanceOf(ContentNotFoundException.class);
    }

    protected static String unique(String prefix) {
        return prefix + "-" + SEQUENCE.incrementAndGet();
    }
}
