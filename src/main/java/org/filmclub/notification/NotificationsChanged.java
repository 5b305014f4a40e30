package org.filmclub.notification;

import org.filmclub.base.live.LiveEvent;

/**
 * A member's notifications changed, committed: new ones arrived, or all were read. It carries no count: each of
 * the member's open bells counts anew, as the member, once the writing transaction has given its connection back.
 * Counting inside that transaction would miss a notification written at the same moment by another; counting
 * right after its commit, on the writer's thread, would take a second connection while the first is still held,
 * and at a hundred posts a second the pool's connections were all held by posts waiting for another.
 */
public record NotificationsChanged(long memberId) implements LiveEvent {

    public static String topic(long memberId) {
        return "member:" + memberId;
    }

    @Override
    public String topic() {
        return topic(memberId);
    }
}
