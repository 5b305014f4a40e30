package org.filmclub.security;

import com.vaadin.flow.server.WrappedSession;
import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.web.context.request.RequestAttributes;

/**
 * An invite the visitor chose to accept by pressing "Log in" or "Create an account" on its page.
 * Those links carry the code ({@code login?invite=CODE}), the login and sign-up forms post it along
 * with the password, and only a login that posted it holds it for the club pages to join. Merely
 * opening an invite page, or any other page, holds nothing, so a link that another site opens in a
 * browser cannot join whoever logs in there later.
 */
public final class InviteAtLogin {

    /** The query and form parameter carrying the code. */
    public static final String PARAMETER = "invite";
    /** The invite posted by the latest login attempt of this session, if it posted one. */
    private static final String POSTED = "filmclub.login.invite";
    /** Longer than any invite code; what does not look like one is not carried. */
    private static final Pattern CODE = Pattern.compile("[A-Za-z0-9_-]{1,64}");

    private InviteAtLogin() {}

    /** The code, if the value can be one; the club checks it when joining. */
    public static Optional<String> code(String value) {
        return Optional.ofNullable(value).filter(v -> CODE.matcher(v).matches());
    }

    /** The path of a login or sign-up page that carries the invite through. */
    public static String path(String page, String code) {
        return code(code).map(c -> page + "?" + PARAMETER + "=" + c).orElse(page);
    }

    /** Remembers what the login attempt being made posted, replacing what an earlier attempt posted. */
    static void posted(RequestAttributes request, String value) {
        var code = code(value);
        if (code.isPresent()) {
            request.setAttribute(POSTED, code.get(), RequestAttributes.SCOPE_SESSION);
        } else {
            request.removeAttribute(POSTED, RequestAttributes.SCOPE_SESSION);
        }
    }

    /** What the latest login attempt posted, to offer again on the form after it failed. */
    public static Optional<String> lastPosted(WrappedSession session) {
        return code((String) session.getAttribute(POSTED));
    }

    /**
     * The invite the signed-in member chose on its page and logged in with; taking it forgets it.
     * Only call this for a signed-in member.
     */
    public static Optional<String> take(WrappedSession session) {
        var code = lastPosted(session);
        session.removeAttribute(POSTED);
        return code;
    }
}
