package org.filmclub.base.mail;

import java.time.Clock;
import org.filmclub.base.InvalidInputException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Where a feature puts mail. {@link #enqueue} writes it in the caller's transaction, which it requires:
 * the mail exists only if the change that caused it commits. The sender delivers it after the commit
 * (within about a second; a poller catches up after a restart), retrying while the server is away.
 */
@Component
public class MailOutbox {

    private final OutboxStore store;
    private final OutboxSender sender;
    private final Clock clock;

    MailOutbox(OutboxStore store, OutboxSender sender, Clock clock) {
        this.store = store;
        this.sender = sender;
        this.clock = clock;
    }

    /**
     * Stores the mail to be sent once the caller's transaction commits.
     *
     * @return false when a mail with the same {@link Mail#key} was stored before (this one is dropped)
     * @throws InvalidInputException when the address is not one, anything bound for a header holds a
     *     line break or control character, a header is not one a mail may set, or a part is too long
     * @throws org.springframework.transaction.IllegalTransactionStateException outside a transaction
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public boolean enqueue(Mail mail) {
        MailChecks.check(mail);
        var stored = store.insert(mail, clock.instant());
        if (stored) {
            sendAfterCommit();
        }
        return stored;
    }

    /** The address mail comes from ({@code filmclub.mail.from}), such as a calendar entry's organizer names. */
    public String senderAddress() {
        return sender.from().getAddress();
    }

    /** One nudge per transaction, however many mails it writes. */
    private void sendAfterCommit() {
        var registered =
                TransactionSynchronizationManager.getSynchronizations().stream().anyMatch(Nudge.class::isInstance);
        if (!registered) {
            TransactionSynchronizationManager.registerSynchronization(new Nudge(sender));
        }
    }

    private record Nudge(OutboxSender sender) implements TransactionSynchronization {
        @Override
        public void afterCommit() {
            sender.nudge();
        }
    }
}
