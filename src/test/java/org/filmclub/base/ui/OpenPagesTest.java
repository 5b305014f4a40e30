package org.filmclub.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinSession;
import java.util.ArrayList;
import org.filmclub.AbstractAppTest;
import org.junit.jupiter.api.Test;

/** One session cannot keep more than a fixed number of pages open on the server. */
class OpenPagesTest extends AbstractAppTest {

    /** What a browser does when a tab opens a page: the server makes a UI for it in the session. */
    private static UI openAnotherPage(VaadinSession session, long lastHeardFrom) {
        var ui = new UI();
        ui.getInternals().setSession(session);
        ui.doInit(VaadinRequest.getCurrent(), session.getNextUIid(), "ROOT");
        ui.getInternals().setLastHeartbeatTimestamp(lastHeardFrom);
        session.addUI(ui);
        session.getService().fireUIInitListeners(ui);
        return ui;
    }

    @Test
    void a_session_opening_page_after_page_keeps_at_most_twenty_and_the_least_recently_used_ones_are_closed() {
        loginAs(newMember("Tab Hoarder"));
        var session = VaadinSession.getCurrent();
        UI.getCurrent().getInternals().setLastHeartbeatTimestamp(Long.MAX_VALUE);
        var pages = new ArrayList<UI>();
        for (var i = 0; i < OpenPages.MAX * 3; i++) {
            pages.add(openAnotherPage(session, 1_000 + i));
        }
        session.getService().runPendingAccessTasks(session);

        var open = session.getUIs().stream().filter(ui -> !ui.isClosing()).toList();
        assertThat(open).hasSize(OpenPages.MAX).contains(pages.get(pages.size() - 1));
        assertThat(pages.subList(0, OpenPages.MAX * 2)).allMatch(UI::isClosing);
        // The page in use, heard from last, stays.
        assertThat(UI.getCurrent().isClosing()).isFalse();
    }
}
