package org.filmclub.club.ui;

import com.vaadin.flow.component.html.Span;
import java.util.Locale;
import org.filmclub.club.Role;

final class RoleBadge {

    private RoleBadge() {}

    static Span of(Role role) {
        var badge = new Span(role.label());
        badge.addClassNames("role-badge", role.name().toLowerCase(Locale.ROOT));
        return badge;
    }
}
