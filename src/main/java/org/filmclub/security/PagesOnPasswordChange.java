package org.filmclub.security;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinSession;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.filmclub.member.PasswordChanged;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Closes, the moment a member's password changes, every page the member has open in other browsers: each
 * goes to the login page and its UI is removed, so its push connection ends and its live updates stop.
 * {@link StaleLoginFilter} would end those sessions only at their next request, which for a page that
 * just listens is its heartbeat, minutes later. The page in which the member changed it stays.
 */
@Component
class PagesOnPasswordChange implements VaadinServiceInitListener {

    /** Where a closed page goes; the login view says why. */
    static final String LOGIN = "login?password-changed";

    /** The Vaadin sessions alive on this server; each leaves when Vaadin destroys it. */
    private final Set<VaadinSession> sessions = ConcurrentHashMap.newKeySet();

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addSessionInitListener(init -> sessions.add(init.getSession()));
        event.getSource().addSessionDestroyListener(destroy -> sessions.remove(destroy.getSession()));
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(PasswordChanged event) {
        var here = VaadinSession.getCurrent();
        var request = RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes
                ? attributes.getRequest().getSession(false)
                : null;
        var hereId = request == null ? null : request.getId();
        for (var session : sessions) {
            if (session != here && otherLogin(session, event.username(), hereId)) {
                session.access(() -> close(session));
            }
        }
    }

    /**
     * Whether the session is logged in as the member, read from the login Spring Security keeps in the HTTP
     * session (no Vaadin lock needed), and is not the HTTP session that changed the password.
     */
    private static boolean otherLogin(VaadinSession session, String username, String hereId) {
        var http = session.getSession();
        if (http == null) {
            return false;
        }
        try {
            return !http.getId().equals(hereId)
                    && http.getAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY)
                            instanceof SecurityContext context
                    && context.getAuthentication() != null
                    && username.equalsIgnoreCase(context.getAuthentication().getName());
        } catch (IllegalStateException invalidated) {
            return false;
        }
    }

    /**
     * Sends each page to the login page, then removes its UI as Vaadin removes a closed one: the components
     * detach, which ends their live subscriptions, and the push connection is closed once the redirect is out.
     * The HTTP session itself ends at its next request ({@link StaleLoginFilter}).
     */
    private static void close(VaadinSession session) {
        for (UI ui : List.copyOf(session.getUIs())) {
            ui.getPage().setLocation(LOGIN);
            var push = ui.getInternals().getPushConnection();
            if (push != null && push.isConnected()) {
                ui.push();
            }
            ui.accessSynchronously(() -> session.removeUI(ui));
        }
    }
}
