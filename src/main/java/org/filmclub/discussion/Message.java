package org.filmclub.discussion;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import org.filmclub.base.AbstractEntity;
import org.filmclub.discussion.ChatMessage.Status;
import org.filmclub.member.MemberProfile;
import org.filmclub.watch.Moment;

@Entity
@Table(name = "messages")
class Message extends AbstractEntity {

    @Column(nullable = false, updatable = false)
    private long filmId;

    @Column(nullable = false, updatable = false)
    private long authorId;

    @Column(updatable = false)
    private Long replyTo;

    @Column(nullable = false)
    private String body;

    @Column(nullable = false)
    private String html;

    @Column(nullable = false, updatable = false)
    private String clientKey;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Status status;

    private Long hiddenBy;

    @Column(nullable = false, updatable = false)
    private Instant createdAt;

    private Instant editedAt;

    /** The film time it is about, in milliseconds; none for the film as a whole. */
    @Column(updatable = false)
    private Long momentMs;

    protected Message() {}

    Message(
            long filmId,
            long authorId,
            Long replyTo,
            String body,
            String html,
            String clientKey,
            Instant createdAt,
            Moment moment) {
        this.momentMs = moment == null ? null : moment.millis();
        this.filmId = filmId;
        this.authorId = authorId;
        this.replyTo = replyTo;
        this.body = body;
        this.html = html;
        this.clientKey = clientKey;
        this.status = Status.VISIBLE;
        this.createdAt = createdAt;
    }

    long filmId() {
        return filmId;
    }

    long authorId() {
        return authorId;
    }

    Long replyTo() {
        return replyTo;
    }

    String body() {
        return body;
    }

    String html() {
        return html;
    }

    Status status() {
        return status;
    }

    Moment moment() {
        return momentMs == null ? null : Moment.ofMillis(momentMs);
    }

    void edit(String body, String html, Instant at) {
        this.body = body;
        this.html = html;
        this.editedAt = at;
    }

    /** The author took it back: the text is gone for good, the place in the thread stays. */
    void delete() {
        this.status = Status.DELETED;
        this.body = "";
        this.html = "";
    }

    void hide(long hostId) {
        this.status = Status.HIDDEN;
        this.hiddenBy = hostId;
    }

    ChatMessage toChat(MemberProfile author) {
        return new ChatMessage(
                getId(),
                filmId,
                authorId,
                MemberProfile.nameOf(author),
                author == null ? "" : author.username(),
                replyTo,
                html,
                createdAt,
                editedAt,
                status,
                moment());
    }
}
