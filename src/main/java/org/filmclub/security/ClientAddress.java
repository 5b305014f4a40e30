package org.filmclub.security;

import com.vaadin.flow.server.VaadinRequest;

/**
 * The network address a request came from, as the login throttle counts it (an IPv6 address by its /64):
 * with {@code prod} read from the proxy's forwarded headers only when the proxy is a trusted one.
 */
public final class ClientAddress {

    private ClientAddress() {}

    public static String current() {
        var request = VaadinRequest.getCurrent();
        var address = request == null ? null : request.getRemoteAddr();
        return address == null ? "unknown" : LoginThrottle.network(address);
    }
}
