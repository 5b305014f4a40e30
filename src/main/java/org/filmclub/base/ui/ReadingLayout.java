package org.filmclub.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.Tabs;
import java.util.ArrayList;
import java.util.List;

/**
 * A text to read with the places to talk about it beside it. On a wide screen the text reads on the left and the
 * talk panels (the discussion, the question board) sit on the right in a column that stays in view while the text
 * scrolls, with tabs between the panels; on a narrower screen there is one column and tabs switch between the text
 * and each panel. Other parts go below the text. A passage selected in the quotable part of the text is offered, in
 * a small bar beside the selection, to every panel that {@link TakesPassage takes passages}.
 *
 * <p>Panels are switched by the stylesheet, never detached: a discussion out of sight stays subscribed, keeps the
 * member present in the room and keeps its scroll at the newest message.
 */
public class ReadingLayout extends Div {

    /** Characters of a selected passage the server takes at most; each panel then keeps to its own limits. */
    public static final int PASSAGE_MAX = 2000;

    static final String CHOSEN = "passage-chosen";

    /**
     * Watches what the member selects: a selection inside the quotable part ({@code $0}) shows the bar of passage
     * buttons just under it and marks the layout {@code data-passage}; a selection elsewhere, or none, hides the bar,
     * unless it went because a passage button was being pressed. The listeners remove themselves once the layout
     * has left the page.
     */
    private static final String WATCH =
            """
            const layout = this, quotable = $0;
            if (layout.__unwatch) layout.__unwatch();
            const bar = layout.querySelector(':scope > .passage-actions');
            let pressing = false;
            const down = e => { pressing = !!(e.target.closest && e.target.closest('.passage-actions, .ask-passage')); };
            const changed = () => {
              if (!layout.isConnected) { layout.__unwatch(); return; }
              const s = document.getSelection();
              const text = s && s.rangeCount > 0 && !s.isCollapsed ? s.toString().trim() : '';
              const range = text ? s.getRangeAt(0) : null;
              const node = range ? range.commonAncestorContainer : null;
              const el = node && (node.nodeType === 1 ? node : node.parentElement);
              const part = el && el.closest(quotable);
              if (!part || !layout.contains(part)) {
                if (!pressing) layout.removeAttribute('data-passage');
                return;
              }
              layout.passage = text;
              layout.setAttribute('data-passage', '');
              const box = range.getBoundingClientRect(), own = layout.getBoundingClientRect();
              bar.style.top = (box.bottom - own.top + 8) + 'px';
              bar.style.left = Math.max(0, Math.min(box.left - own.left, own.width - bar.offsetWidth)) + 'px';
            };
            const click = e => {
              const button = e.target.closest('[data-taker]');
              if (button && layout.passage) {
                layout.dispatchEvent(new CustomEvent('passage-chosen',
                  {detail: {taker: Number(button.dataset.taker), text: layout.passage}}));
              }
            };
            document.addEventListener('selectionchange', changed);
            document.addEventListener('pointerdown', down, true);
            bar.addEventListener('click', click);
            layout.__unwatch = () => {
              document.removeEventListener('selectionchange', changed);
              document.removeEventListener('pointerdown', down, true);
              bar.removeEventListener('click', click);
              layout.__unwatch = null;
            };""";

    /**
     * On a wide screen the text's own tab is hidden, so it must not be the selected one, which is the one the keyboard
     * reaches the tabs by: the panel shown beside the text is selected instead, now and whenever the screen widens.
     * On a narrow one, a link into the text from a panel (a question's "in the essay") shows the text before the
     * browser looks for the words it links to.
     */
    private static final String TABS =
            """
            const layout = this, tabs = layout.querySelector('.reading-tabs');
            const wide = matchMedia('(min-width: 1024px)');
            const fit = () => {
              if (!layout.isConnected) { wide.removeEventListener('change', fit); return; }
              if (wide.matches && tabs.selected === 0) {
                const panels = [...layout.querySelectorAll('.reading-panel')];
                tabs.selected = 1 + Math.max(0, panels.findIndex(panel => panel.hasAttribute('data-current')));
              }
            };
            wide.addEventListener('change', fit);
            // The server may select the text's tab again later (on a narrow screen it is the first one shown);
            // on a wide screen that tab is hidden, so the side column's panel takes the selection back.
            if (!layout.__fitsSelection) {
              layout.__fitsSelection = true;
              tabs.addEventListener('selected-changed', () => fit());
            }
            customElements.whenDefined('vaadin-tabs').then(fit);
            fit();
            if (!layout.__linksIn) {
              layout.__linksIn = true;
              layout.addEventListener('click', e => {
                const link = e.target.closest && e.target.closest('a[href^="#:~:text="]');
                if (link && !wide.matches && tabs.selected !== 0) {
                  layout.setAttribute('data-show', 'reading');
                  tabs.selected = 0;
                }
              });
            }""";

    private record Talk(Tab tab, Div panel, TakesPassage taker) {}

    private final Div reading = new Div();
    private final Div side = new Div();
    private final Div below = new Div();
    private final Div passageBar = new Div();
    private final Tabs tabs = new Tabs();
    private final Tab readingTab;
    private final List<Talk> talks = new ArrayList<>();

    /**
     * @param readingLabel the tab of the text on a narrow screen, such as "Essay"
     * @param quotable a CSS selector for the part of the text whose passages may be quoted; null when none may
     */
    public ReadingLayout(String readingLabel, String quotable) {
        addClassName("reading-layout");
        reading.addClassName("reading-main");
        side.addClassName("reading-side");
        below.addClassName("reading-below");
        readingTab = new Tab(readingLabel);
        readingTab.addClassName("reading-tab");
        tabs.add(readingTab);
        tabs.addClassName("reading-tabs");
        tabs.getElement().setAttribute("aria-label", "Parts of this page");
        tabs.addSelectedChangeListener(e -> show(e.getSelectedTab()));
        side.add(tabs);
        passageBar.addClassName("passage-actions");
        passageBar.getElement().setAttribute("role", "group");
        passageBar.getElement().setAttribute("aria-label", "The selected passage");
        add(reading, side, below, passageBar);
        show(readingTab);
        addAttachListener(e -> {
            if (!talks.isEmpty()) {
                getElement().executeJs(TABS);
            }
        });
        if (quotable != null) {
            getElement()
                    .addEventListener(CHOSEN, e -> {
                        var data = e.getEventData();
                        hand((int) data.getNumber("event.detail.taker"), data.getString("event.detail.text"));
                    })
                    .addEventData("event.detail.taker")
                    .addEventData("event.detail.text");
            addAttachListener(e -> getElement().executeJs(WATCH, quotable));
        }
    }

    /** Adds parts to the text column. */
    public ReadingLayout read(Component... parts) {
        reading.add(parts);
        return this;
    }

    /** Adds a talk panel with its tab; the first one added is shown beside the text at first. */
    public ReadingLayout talk(String label, Component content) {
        var tab = new Tab(label);
        var panel = new Div(content);
        panel.addClassName("reading-panel");
        tabs.add(tab);
        side.add(panel);
        var taker = content instanceof TakesPassage takes ? takes : null;
        if (taker != null) {
            var button = new Button(taker.passageAction());
            button.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
            button.getElement().setAttribute("data-taker", Integer.toString(talks.size()));
            passageBar.add(button);
        }
        talks.add(new Talk(tab, panel, taker));
        if (talks.size() == 1) {
            panel.getElement().setAttribute("data-current", "");
        }
        return this;
    }

    /** Puts a heading over the talk panels, such as "In the room". */
    public ReadingLayout sideHeading(Component heading) {
        heading.addClassName("reading-side-heading");
        side.addComponentAsFirst(heading);
        return this;
    }

    /** Adds parts below the text, such as the ratings. */
    public ReadingLayout below(Component... parts) {
        below.add(parts);
        return this;
    }

    /** Shows the text, or the talk panel with this label, as a tab pressed by the member would. */
    public void select(String label) {
        if (readingTab.getLabel().equals(label)) {
            tabs.setSelectedTab(readingTab);
        }
        talks.stream()
                .filter(talk -> talk.tab().getLabel().equals(label))
                .findFirst()
                .ifPresent(talk -> tabs.setSelectedTab(talk.tab()));
    }

    /**
     * The text, or one talk panel: on a narrow screen the one shown; on a wide screen the text is always shown
     * and the side column shows the panel chosen last.
     */
    private void show(Tab tab) {
        getElement().setAttribute("data-show", tab == readingTab ? "reading" : "talk");
        for (var talk : talks) {
            if (talk.tab() == tab) {
                talk.panel().getElement().setAttribute("data-current", "");
            } else if (tab != readingTab) {
                talk.panel().getElement().removeAttribute("data-current");
            }
        }
        // On a narrow screen a member far down the text comes back to the top of what they switched to.
        getElement()
                .executeJs("if (this.getBoundingClientRect().top < 0"
                        + " && getComputedStyle(this.querySelector('.reading-tab')).display !== 'none')"
                        + " this.scrollIntoView()");
    }

    /** Hands the selected passage to a panel that takes passages, and shows that panel. */
    private void hand(int taker, String passage) {
        if (taker < 0 || taker >= talks.size() || talks.get(taker).taker() == null || passage == null) {
            return;
        }
        var text = passage.strip();
        if (text.isEmpty()) {
            return;
        }
        if (text.length() > PASSAGE_MAX) {
            text = text.substring(0, PASSAGE_MAX);
        }
        getElement()
                .executeJs("document.getSelection().removeAllRanges(); this.removeAttribute('data-passage');"
                        + " this.passage = ''");
        var talk = talks.get(taker);
        tabs.setSelectedTab(talk.tab());
        talk.taker().takePassage(text);
    }
}
