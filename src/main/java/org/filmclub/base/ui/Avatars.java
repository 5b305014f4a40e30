package org.filmclub.base.ui;

import com.vaadin.flow.component.avatar.Avatar;

/** Members' pictures: their initials in a circle. */
public final class Avatars {

    private Avatars() {}

    /**
     * A picture shown beside the member's written name. It is decoration there: Tab passes it by (an avatar is
     * otherwise a stop of its own) and a screen reader does not read the name twice.
     */
    public static Avatar besideName(String name, String initials) {
        var avatar = new Avatar(name);
        avatar.setAbbreviation(initials);
        avatar.getElement().setAttribute("tabindex", "-1");
        avatar.getElement().setAttribute("aria-hidden", "true");
        return avatar;
    }
}
