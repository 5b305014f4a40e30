package org.filmclub.base.ui;

import com.vaadin.flow.component.Component;

/**
 * Keeps the keyboard focus in a list that is redrawn live. When an item is drawn again or moved (a vote elsewhere
 * reorders a board), its browser element is replaced or taken out and put back, and the focus would fall to the
 * page: a member tabbing to a button would press their key into nothing. After a redraw, {@link #restore} gives the
 * focus back to the same control of the same item, unless the member has since moved it elsewhere themselves.
 */
public final class KeptFocus {

    private static final String KEY = "data-focus-key";

    /** What the member can focus within an item, in the order they are counted. */
    private static final String CONTROLS = "vaadin-button, vaadin-menu-bar-button, a[href]";

    /**
     * Remembers the item and the control a member focuses within the container, and forgets it when they click
     * anywhere or move the focus out of it. Its {@code restore} runs after a redraw's changes are in the page, so
     * the control it looks for is already there.
     */
    private static final String FOLLOW =
            """
            if (this.__keptFocus) return;
            const list = this;
            const kept = list.__keptFocus = {at: null};
            list.addEventListener('focusin', e => {
              const item = e.target.closest('[%1$s]');
              const index = item ? [...item.querySelectorAll('%2$s')].indexOf(e.target) : -1;
              kept.at = index < 0 ? null : {key: item.getAttribute('%1$s'), index, control: e.target};
            });
            list.addEventListener('focusout', e => {
              if (e.relatedTarget && !list.contains(e.relatedTarget)) kept.at = null;
            });
            const forget = () => {
              if (!list.isConnected) document.removeEventListener('pointerdown', forget, true);
              else kept.at = null;
            };
            document.addEventListener('pointerdown', forget, true);
            kept.restore = () => {
              const now = document.activeElement;
              if (!kept.at || (now && now !== document.body)) return;
              let control = kept.at.control;
              if (!control.isConnected) {
                const item = [...list.querySelectorAll('[%1$s]')].find(i => i.getAttribute('%1$s') === kept.at.key);
                control = item && item.querySelectorAll('%2$s')[kept.at.index];
              }
              if (control) control.focus();
            };
            """
                    .formatted(KEY, CONTROLS);

    private KeptFocus() {}

    /** Follows the focus within {@code container}, whose items are marked with {@link #item}. */
    public static void follow(Component container) {
        container.addAttachListener(e -> container.getElement().executeJs(FOLLOW));
    }

    /** Marks an item of a followed container; an item drawn again for the same thing has the same key. */
    public static void item(Component item, String key) {
        item.getElement().setAttribute(KEY, key);
    }

    /** After a redraw of the container's items: the focus goes back where the member had it. */
    public static void restore(Component container) {
        container.getElement().executeJs("this.__keptFocus && this.__keptFocus.restore()");
    }
}
