package org.filmclub.club;

import static org.filmclub.club.ClubAccess.requireHost;

import java.time.Clock;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.filmclub.base.ContentNotFoundException;
import org.filmclub.base.InputValidator;
import org.filmclub.base.InvalidInputException;
import org.filmclub.base.NotPermittedException;
import org.filmclub.member.CurrentMember;
import org.filmclub.member.MemberService;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/** Clubs and their members. Every method acts as the current member and checks what they may do. */
@Service
public class ClubService {

    static final String SLUG_TAKEN = "Another club has this address; try another";
    static final String INVALID_INVITE = "This invite link is no longer valid. Ask a host of the club for a new one.";
    static final String LAST_HOST = "A club needs at least one host. Make another member a host first.";

    private final ClubRepository clubs;
    private final MembershipRepository memberships;
    private final ClubAccess access;
    private final CurrentMember currentMember;
    private final MemberService members;
    private final InputValidator validator;
    private final Clock clock;
    private final Duration inviteValidity;
    private final TransactionTemplate transactions;
    private final ApplicationEventPublisher events;
    private final Invites invites;

    ClubService(
            ClubRepository clubs,
            MembershipRepository memberships,
            ClubAccess access,
            CurrentMember currentMember,
            MemberService members,
            InputValidator validator,
            Clock clock,
            @Value("${filmclub.invites.validity:P14D}") Duration inviteValidity,
            PlatformTransactionManager transactionManager,
            ApplicationEventPublisher events,
            Invites invites) {
        this.events = events;
        this.invites = invites;
        this.clubs = clubs;
        this.memberships = memberships;
        this.access = access;
        this.currentMember = currentMember;
        this.members = members;
        this.validator = validator;
        this.clock = clock;
        this.inviteValidity = inviteValidity;
        this.transactions = new TransactionTemplate(transactionManager);
    }

    @Transactional(readOnly = true)
    public List<ClubSummary> myClubs() {
        return memberships.findAllOfMember(currentMember.require().id()).stream()
                .map(Membership::toSummary)
                .toList();
    }

    /** The club's name, for a page of it that says where the member is; to anyone not in it the club looks missing. */
    @Transactional(readOnly = true)
    public String name(String slug) {
        return access.membership(slug).club().name();
    }

    @Transactional
    public ClubSummary create(ClubDetails input) {
        var me = currentMember.require();
        var details = checked(input);
        var slug = details.slug().isEmpty() ? freeSlug(Slugs.fromName(details.name())) : details.slug();
        if (clubs.existsBySlug(slug)) {
            throw InvalidInputException.of("slug", SLUG_TAKEN);
        }
        var club = saveSlugged(new Club(slug, details.name(), details.description(), newInvite(), clock.instant()));
        events.publishEvent(new MembershipStarted(club.getId(), club.slug(), me.id()));
        return memberships
                .save(new Membership(club, me.id(), Role.HOST, clock.instant()))
                .toSummary();
    }

    @Transactional(readOnly = true)
    public ClubHome home(String slug) {
        var mine = access.membership(slug);
        var all = memberships.findAllInClub(mine.club().getId());
        var profiles = members.profiles(all.stream().map(Membership::memberId).toList());
        var list = all.stream()
                .map(m -> {
                    var p = profiles.get(m.memberId());
                    return new ClubMember(m.memberId(), p.username(), p.displayName(), m.role(), m.joinedAt());
                })
                .sorted(Comparator.comparing(ClubMember::role)
                        .thenComparing(m -> m.displayName().toLowerCase(Locale.ROOT)))
                .toList();
        var invite = mine.role() == Role.HOST ? Optional.of(invites.of(mine.club())) : Optional.<Invite>empty();
        return new ClubHome(mine.toSummary(), mine.club().description(), list, invite);
    }

    /**
     * What the club's settings page shows: its members, to manage, and the invite link. Hosts only; to anyone
     * else in the club it is refused, and to anyone outside it the club looks missing.
     */
    @Transactional(readOnly = true)
    public ClubHome settings(String slug) {
        requireHost(access.membership(slug), "open the club's settings");
        return home(slug);
    }

    @Transactional
    public ClubSummary edit(String slug, ClubDetails input) {
        var mine = requireHost(access.membership(slug), "edit the club");
        var details = checked(input);
        var newSlug = details.slug().isEmpty() ? mine.club().slug() : details.slug();
        if (!newSlug.equals(mine.club().slug()) && clubs.existsBySlug(newSlug)) {
            throw InvalidInputException.of("slug", SLUG_TAKEN);
        }
        mine.club().update(newSlug, details.name(), details.description());
        saveSlugged(mine.club());
        return mine.toSummary();
    }

    @Transactional
    public Invite regenerateInvite(String slug) {
        var club =
                requireHost(access.membership(slug), "make a new invite link").club();
        club.replaceInvite(newInvite());
        return invites.of(club);
    }

    @Transactional(readOnly = true)
    public InvitePreview previewInvite(String code) {
        var club = validInvite(code);
        var alreadyMember = currentMember
                .find()
                .flatMap(me -> memberships.findByClubAndMember(club.getId(), me.id()))
                .isPresent();
        return new InvitePreview(club.name(), club.slug(), alreadyMember);
    }

    /**
     * Joins the club of a valid invite; joining a club one is already in changes nothing. Not one
     * transaction on purpose: when a double click inserts the same membership twice, the loser's
     * transaction is spoilt, and a second one answers "already a member".
     */
    public InvitePreview join(String code) {
        try {
            return transactions.execute(tx -> {
                var me = currentMember.require();
                var club = validInvite(code);
                var already =
                        memberships.findByClubAndMember(club.getId(), me.id()).isPresent();
                if (!already) {
                    memberships.saveAndFlush(new Membership(club, me.id(), Role.MEMBER, clock.instant()));
                    events.publishEvent(new MembershipStarted(club.getId(), club.slug(), me.id()));
                }
                return new InvitePreview(club.name(), club.slug(), already);
            });
        } catch (DataIntegrityViolationException doubleClick) {
            return transactions.execute(tx -> {
                var club = validInvite(code);
                return new InvitePreview(club.name(), club.slug(), true);
            });
        }
    }

    @Transactional
    public void promote(String slug, long memberId) {
        var target = target(slug, memberId, "make members hosts");
        if (target.role() != Role.HOST) {
            target.changeRole(Role.HOST);
            roleChanged(target);
        }
    }

    @Transactional
    public void demote(String slug, long memberId) {
        var target = target(slug, memberId, "change who is a host");
        if (target.role() == Role.HOST) {
            requireAnotherHost(target);
            target.changeRole(Role.MEMBER);
            roleChanged(target);
        }
    }

    /** Removes a member; the invite link is replaced, so the old one cannot bring them back. */
    @Transactional
    public void remove(String slug, long memberId) {
        var target = target(slug, memberId, "remove members");
        if (target.memberId() == currentMember.require().id()) {
            throw new NotPermittedException("To leave the club yourself, use Leave club.");
        }
        memberships.delete(target);
        target.club().replaceInvite(newInvite());
        ended(target);
    }

    @Transactional
    public void leave(String slug) {
        var mine = access.lockedMembership(slug);
        if (mine.role() == Role.HOST) {
            requireAnotherHost(mine);
        }
        memberships.delete(mine);
        ended(mine);
    }

    /** Tells the member's open screens, after the commit, that they act in another role now. */
    private void roleChanged(Membership membership) {
        events.publishEvent(new RoleChanged(membership.club().getId(), membership.memberId(), membership.role()));
    }

    /** Tells the member's open screens, after the commit, that this club is closed to them now. */
    private void ended(Membership membership) {
        var club = membership.club();
        events.publishEvent(new MembershipEnded(club.getId(), club.slug(), club.name(), membership.memberId()));
    }

    /** The membership a host acts on; the club is locked first so roles and host counts are current. */
    private Membership target(String slug, long memberId, String action) {
        var mine = requireHost(access.lockedMembership(slug), action);
        return memberships
                .findByClubAndMember(mine.club().getId(), memberId)
                .orElseThrow(() -> new ContentNotFoundException("That member is not in this club."));
    }

    private void requireAnotherHost(Membership host) {
        if (memberships.countInRole(host.club().getId(), Role.HOST) <= 1) {
            throw new NotPermittedException(LAST_HOST);
        }
    }

    ClubDetails checked(ClubDetails input) {
        return validator.check(new ClubDetails(
                strip(input.name()),
                strip(input.description()),
                strip(input.slug()).toLowerCase(Locale.ROOT)));
    }

    private Club saveSlugged(Club club) {
        try {
            return clubs.saveAndFlush(club);
        } catch (DataIntegrityViolationException raced) {
            throw InvalidInputException.of("slug", SLUG_TAKEN);
        }
    }

    String freeSlug(String base) {
        var slug = base;
        for (int n = 2; clubs.existsBySlug(slug); n++) {
            var suffix = "-" + n;
            slug = base.substring(0, Math.min(base.length(), ClubLimits.SLUG_MAX - suffix.length())) + suffix;
        }
        return slug;
    }

    private Club validInvite(String code) {
        return invites.hashOf(code)
                .flatMap(clubs::findByInviteHash)
                .filter(c -> c.inviteExpiresAt().isAfter(clock.instant()))
                .orElseThrow(() -> new ContentNotFoundException(INVALID_INVITE));
    }

    InviteSecret newInvite() {
        return invites.create(clock.instant().plus(inviteValidity));
    }

    private static String strip(String s) {
        return s == null ? "" : s.strip();
    }
}
