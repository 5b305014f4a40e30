package org.filmclub.base.ui;

import com.vaadin.flow.server.VaadinServletRequest;

/** Absolute addresses of the app's own pages, as the member's browser reached the app. */
public final class AppUrl {

    private AppUrl() {}

    /** @param path one of {@link org.filmclub.base.AppPaths}, such as {@code join/abc} */
    public static String of(String path) {
        var request = VaadinServletRequest.getCurrent();
        if (request == null) {
            return "/" + path;
        }
        var http = request.getHttpServletRequest();
        var port = http.getServerPort();
        var defaultPort =
                ("http".equals(http.getScheme()) && port == 80) || ("https".equals(http.getScheme()) && port == 443);
        return http.getScheme() + "://" + http.getServerName() + (defaultPort ? "" : ":" + port) + http.getContextPath()
                + "/" + path;
    }
}
