package org.filmclub.discussion.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.Shortcuts;
import com.vaadin.flow.component.avatar.AvatarGroup;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.time.Clock;
import java.time.ZoneId;
import java.util.List;
import org.filmclub.base.ContentNotFoundException;
import org.filmclub.base.InvalidInputException;
import org.filmclub.base.NotPermittedException;
import org.filmclub.base.live.LiveBus;
import org.filmclub.base.live.MinutePassed;
import org.filmclub.base.ui.Confirm;
import org.filmclub.base.ui.LiveUpdates;
import org.filmclub.base.ui.Notifications;
import org.filmclub.base.ui.TakesPassage;
import org.filmclub.discussion.ChatMessage;
import org.filmclub.discussion.Discussion;
import org.filmclub.discussion.DiscussionEvent;
import org.filmclub.discussion.DiscussionLimits;
import org.filmclub.discussion.DiscussionService;
import org.filmclub.discussion.MemberTyping;
import org.filmclub.discussion.MessageChanged;
import org.filmclub.discussion.MessagePosted;
import org.filmclub.discussion.PresenceChanged;
import org.filmclub.member.MemberProfile;
import org.filmclub.watch.Gate;
import org.filmclub.watch.Moment;
import org.filmclub.watch.Progress;
import org.filmclub.watch.ProgressChanged;
import org.filmclub.watch.ProgressService;
import org.filmclub.watch.ui.HeldBack;
import org.filmclub.watch.ui.ProgressControl;

/**
 * A film's live discussion: the latest threads, newest at the bottom, with a composer at the foot.
 * Messages from others arrive through the live bus while the panel is on screen; each one costs the
 * panel one row sent to its browser (see {@link MessageList}).
 */
class DiscussionPanel extends Section implements MessageList.Actions, TakesPassage {

    /** Avatars of who is here that a panel lists at most; more are counted, not listed. */
    static final int HERE_LISTED = 20;

    private static final String HERE_NOW = " here now";

    private final DiscussionService discussion;
    private final Clock clock;
    private final String slug;
    private final long filmId;
    private final long viewerId;
    final MessageList list;
    final TextArea composer = new TextArea("Message");
    private final Div context = new Div();
    private final Div suggestions = new Div();
    private final Span typing = new Span();
    /** Whether the member typed in this round trip, to be told to the others at its end ({@link #tellTyping}). */
    private boolean typingToTell;

    private final Span announcer = new Span();
    private final AvatarGroup here = new AvatarGroup();
    private final AvatarGroup.AvatarGroupI18n hereWords =
            new AvatarGroup.AvatarGroupI18n().setOneActiveUser("1" + HERE_NOW).setManyActiveUsers("{count}" + HERE_NOW);
    /** How many are here, shown only when more are here than the avatars list. */
    private final Span hereCount = new Span();
    /** The names in the avatars now, to send nothing when an arrival or departure leaves them as they are. */
    private List<String> hereShown = List.of();

    private final Button earlier = new Button("Show earlier messages");
    private final ComposerState state;
    /** The film time a message is about, typed or taken from the member's progress; optional. */
    final TextField moment = new TextField("Film time");
    /** "4 messages from later in the film", with the button that shows them on this screen. */
    private final HeldBack heldBack = new HeldBack("message", "messages", this::reveal);

    private final ProgressControl progressControl;
    /** What the member's progress lets this screen show; opened with the panel, changed by progress or Reveal. */
    private Gate gate;

    DiscussionPanel(
            DiscussionService discussion,
            LiveBus bus,
            Clock clock,
            ZoneId zone,
            Discussion opened,
            List<com.vaadin.flow.component.Component> banners,
            ProgressService progress) {
        this.discussion = discussion;
        this.clock = clock;
        this.slug = opened.film().clubSlug();
        this.filmId = opened.film().id();
        this.viewerId = opened.viewerId();
        this.state = new ComposerState(opened.members());
        this.gate = opened.gate();
        this.progressControl =
                new ProgressControl(progress, slug, filmId, opened.gate().progress());
        this.list = new MessageList(new MessageRows(viewerId, opened.viewerIsHost(), zone), this);
        list.open(opened.messages(), opened.hasEarlier(), opened.moreReplies(), clock.instant());
        addClassNames("card", "discussion");

        here.setMaxItemsVisible(8);
        // The group names itself from these words; a label set from outside would be overwritten.
        here.setI18n(hereWords);
        here.addClassName("presence");
        hereCount.addClassName("presence-count");
        var header = new Div(new H2("Discussion"), here, hereCount);
        header.addClassName("section-header");
        typing.addClassName("typing");
        typing.getElement().setAttribute("aria-live", "polite");
        // Screen readers hear each new message from others once, politely; the list itself stays quiet.
        announcer.addClassName("visually-hidden");
        announcer.getElement().setAttribute("aria-live", "polite");

        earlier.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        earlier.addClickListener(e -> loadEarlier());
        // Scrolling up to the top loads the earlier threads (see MessageList); the button does the same from the
        // keyboard.

        composer.setPlaceholder("Write to the club. Enter sends, Shift+Enter starts a new line.");
        composer.setWidthFull();
        composer.addClassName("discussion-composer");
        composer.setValueChangeMode(ValueChangeMode.TIMEOUT);
        composer.setValueChangeTimeout(700);
        composer.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                typed(e.getValue());
            }
        });
        Shortcuts.addShortcutListener(composer, this::send, Key.ENTER)
                .listenOn(composer)
                .resetFocusOnActiveElement();
        var send = new Button("Send", e -> send());
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        context.addClassName("composer-context");
        suggestions.addClassName("mention-suggestions");
        moment.setPlaceholder("h:mm:ss");
        moment.setHelperText("Optional: the moment your message is about");
        moment.addClassName("composer-moment");
        moment.setClearButtonVisible(true);
        var atMyProgress = new Button("At my progress", e -> momentAtMyProgress());
        atMyProgress.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        var when = new Div(moment, atMyProgress);
        when.addClassName("composer-when");
        var compose = new Div(composer, send);
        compose.addClassName("composer");
        add(header, progressControl);
        banners.forEach(this::add);
        add(earlier, heldBack, list, typing, announcer, context, suggestions, when, compose);
        heldBack.show(opened.heldBack());
        showEarlierButton();

        LiveUpdates.follow(this, bus, ChatMessage.topic(filmId), DiscussionEvent.class, this::received);
        LiveUpdates.follow(this, bus, MinutePassed.TOPIC, MinutePassed.class, this::minutePassed);
        LiveUpdates.follow(this, bus, ChatMessage.topic(filmId), ProgressChanged.class, changed -> {
            if (changed.memberId() == viewerId && !changed.progress().equals(gate.progress())) {
                progressControl.show(changed.progress());
                reopen(false);
            }
        });
        addAttachListener(e -> {
            discussion.arrive(slug, filmId);
            // Whatever was posted between opening and subscribing, or while this screen was away.
            discussion
                    .since(slug, filmId, list.lastId(), gate.revealed())
                    .forEach(message -> list.merge(message, false, clock.instant()));
            // A notification links to one message: show it.
            var linked = e.getUI()
                    .getActiveViewLocation()
                    .getQueryParameters()
                    .getSingleParameter("message")
                    .filter(id -> id.matches("\\d{1,18}"))
                    .map(Long::parseLong);
            list.render();
            linked.ifPresent(list::scrollTo);
        });
        addDetachListener(e -> discussion.depart(filmId, viewerId));
    }

    private void received(DiscussionEvent event) {
        if (event instanceof MessagePosted posted
                && !gate.shows(posted.message().moment(), posted.message().authorId())) {
            // From later in the film than this member has watched: it stays on the server, counted.
            heldBack.show(heldBack.count() + 1);
        } else if (event instanceof MessageChanged changed
                && !gate.shows(changed.message().moment(), changed.message().authorId())) {
            // An edit of a message this screen holds back: nothing to show.
        } else if (event instanceof MessagePosted posted) {
            list.merge(posted.message(), false, clock.instant());
            if (posted.message().authorId() != viewerId) {
                announcer.setText("New message from " + posted.message().authorName());
            }
            if (typing.getText().startsWith(posted.message().authorName() + " ")) {
                typing.setText("");
            }
        } else if (event instanceof MessageChanged changed) {
            list.merge(changed.message(), false, clock.instant());
        } else if (event instanceof PresenceChanged presence) {
            showHere(presence.here());
        } else if (event instanceof MemberTyping typist && typist.memberId() != viewerId) {
            typing.setText(typist.displayName() + " is typing…");
            // Restart the fade, so the line goes away by itself when the typing stops.
            typing.getElement()
                    .executeJs("this.classList.remove('fresh'); void this.offsetWidth; this.classList.add('fresh')");
        }
    }

    private void minutePassed(MinutePassed tick) {
        list.timePassed(tick.now());
    }

    /**
     * Who is here: the first {@link #HERE_LISTED} as avatars, and the count when more are here. Every panel
     * keeps its own avatars and receives every change, so in a room of a thousand a full list would cost each
     * panel a thousand avatars and each arrival a thousand names sent to every panel.
     */
    private void showHere(List<PresenceChanged.Present> present) {
        var names = present.stream()
                .limit(HERE_LISTED)
                .map(PresenceChanged.Present::displayName)
                .toList();
        if (!names.equals(hereShown)) {
            hereShown = names;
            here.setItems(names.stream()
                    .map(name -> {
                        var item = new AvatarGroup.AvatarGroupItem(name);
                        item.setAbbreviation(MemberProfile.initialsOf(name));
                        return item;
                    })
                    .toList());
        }
        var counted = present.size() > HERE_LISTED;
        var words = counted ? present.size() + HERE_NOW : "{count}" + HERE_NOW;
        if (!words.equals(hereWords.getManyActiveUsers())) {
            // The group counts its avatars; past the listed ones it is told the real number.
            here.setI18n(hereWords.setManyActiveUsers(words));
        }
        hereCount.setText(counted ? present.size() + " here" : "");
    }

    @Override
    public void loadEarlier() {
        var first = list.firstThread();
        if (!list.hasEarlier() || first.isEmpty()) {
            return;
        }
        var page = discussion.earlier(slug, filmId, first.get().id(), gate.revealed());
        list.prepend(page.messages(), page.hasEarlier(), page.moreReplies(), clock.instant());
        showEarlierButton();
    }

    @Override
    public void nearMoment(ChatMessage message) {
        act(() -> new NearMomentDialog(discussion.nearMoment(slug, filmId, message.moment(), gate.revealed())).open());
    }

    @Override
    public void moreReplies(ChatMessage threadStarter) {
        list.moreRepliesAfter(threadStarter.id())
                .ifPresent(after -> act(() -> {
                    var next = discussion.moreReplies(slug, filmId, threadStarter.id(), after, gate.revealed());
                    list.addReplies(threadStarter.id(), next.messages(), next.hasMore(), clock.instant());
                }));
    }

    /** Reveal: this screen shows what it held back, until the page is opened again. */
    private void reveal() {
        reopen(true);
    }

    /** Opens the discussion anew through the gate as it is now, or revealed. */
    private void reopen(boolean reveal) {
        act(() -> {
            var opened = discussion.open(slug, filmId, reveal);
            gate = opened.gate();
            list.open(opened.messages(), opened.hasEarlier(), opened.moreReplies(), clock.instant());
            list.render();
            heldBack.show(opened.heldBack());
            showEarlierButton();
        });
    }

    private void momentAtMyProgress() {
        var mine = progressControl.progress();
        if (mine.stage() == Progress.Stage.AT) {
            moment.setValue(mine.upTo().text());
            moment.setInvalid(false);
        } else {
            moment.setErrorMessage("First say where you are in the film, above the discussion.");
            moment.setInvalid(true);
        }
    }

    /** The moment typed in the composer; null when none. */
    private Moment typedMoment() {
        return moment.getValue().isBlank() ? null : Moment.parse(moment.getValue());
    }

    private void showEarlierButton() {
        earlier.setVisible(list.hasEarlier());
    }

    private void typed(String text) {
        showCounter(text);
        suggestions.removeAll();
        state.suggestionsFor(text).forEach(member -> {
            var pick = new Button("@" + member.username() + " · " + member.displayName(), e -> {
                composer.setValue(state.complete(composer.getValue(), member.username()));
                suggestions.removeAll();
                composer.focus();
            });
            pick.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
            suggestions.add(pick);
        });
        if (!text.isBlank() && !typingToTell) {
            typingToTell = true;
            getUI().ifPresent(ui -> ui.beforeClientResponse(this, context -> tellTyping()));
        }
    }

    /**
     * Tells the others that the member is typing, once the browser's events of this round trip are handled. The
     * last keystrokes reach the server with the Enter or Send that posts them: the message then clears the composer,
     * and the room is not told about typing that has already ended, which would cost every open page a push.
     */
    private void tellTyping() {
        typingToTell = false;
        if (composer.getValue().isBlank()) {
            return;
        }
        try {
            discussion.typing(slug, filmId);
        } catch (ContentNotFoundException ignored) {
            // Sending will say why; typing is only a courtesy to the others.
        }
    }

    private void showCounter(String text) {
        var near = text.length() > DiscussionLimits.MESSAGE_MAX * 9 / 10;
        composer.setHelperText(near ? String.format("%,d / %,d", text.length(), DiscussionLimits.MESSAGE_MAX) : null);
    }

    void send() {
        var text = composer.getValue();
        try {
            var sent = state.editing() != null
                    ? discussion.edit(slug, state.editing().id(), text)
                    : discussion.post(slug, filmId, text, state.replyTo(), state.clientKey(), typedMoment());
            list.merge(sent, true, clock.instant());
            composer.clear();
            composer.setInvalid(false);
            moment.clear();
            moment.setInvalid(false);
            composer.setHelperText(null);
            suggestions.removeAll();
            state.reset();
            showContext();
        } catch (InvalidInputException e) {
            if (e.fieldErrors().containsKey(Moment.FIELD)) {
                // The message and the typed time both stay, for the member to correct the time.
                moment.setErrorMessage(e.fieldErrors().get(Moment.FIELD));
                moment.setInvalid(true);
            } else {
                composer.setErrorMessage(e.getMessage());
                composer.setInvalid(true);
            }
        } catch (ContentNotFoundException | NotPermittedException e) {
            composer.setErrorMessage(
                    e instanceof ContentNotFoundException && state.replyTo() == null && state.editing() == null
                            ? "Not sent: " + e.getMessage()
                            : e.getMessage());
            composer.setInvalid(true);
        }
    }

    @Override
    public String passageAction() {
        return "Quote in discussion";
    }

    /** Puts the passage in the composer as a quote, after whatever the member had written there, ready to reply to. */
    @Override
    public void takePassage(String passage) {
        var text = ComposerState.quoting(composer.getValue(), passage, DiscussionLimits.MESSAGE_MAX);
        composer.setValue(text);
        showCounter(text);
        composer.focus();
    }

    @Override
    public void reply(ChatMessage message) {
        state.replyTo(message);
        showContext();
        composer.focus();
    }

    @Override
    public void edit(ChatMessage message) {
        try {
            composer.setValue(discussion.source(slug, message.id()));
            state.edit(message);
        } catch (ContentNotFoundException | NotPermittedException e) {
            Notifications.error(e.getMessage());
            return;
        }
        showContext();
        composer.focus();
    }

    @Override
    public void delete(ChatMessage message) {
        Confirm.destructive(
                "Delete your message?",
                "It is removed for everyone; replies to it stay.",
                "Delete",
                () -> act(() -> list.merge(discussion.delete(slug, message.id()), false, clock.instant())));
    }

    @Override
    public void hide(ChatMessage message) {
        Confirm.destructive(
                "Hide this message from the club?",
                message.authorName() + " will still see it, marked as hidden by a host.",
                "Hide",
                () -> act(() -> list.merge(discussion.hide(slug, message.id()), false, clock.instant())));
    }

    private void act(Runnable action) {
        try {
            action.run();
        } catch (ContentNotFoundException | NotPermittedException e) {
            Notifications.error(e.getMessage());
        }
    }

    private void showContext() {
        context.removeAll();
        var about = state.describe();
        if (about == null) {
            return;
        }
        var cancel = new Button("Cancel", e -> {
            if (state.editing() != null) {
                composer.clear();
            }
            state.reset();
            showContext();
        });
        cancel.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_SMALL);
        context.add(new Span(about), cancel);
    }
}
