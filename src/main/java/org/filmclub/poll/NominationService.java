package org.filmclub.poll;

import static org.filmclub.poll.PollLimits.NOMINATION_FLOOD;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.filmclub.base.ContentNotFoundException;
import org.filmclub.base.InputValidator;
import org.filmclub.base.InvalidInputException;
import org.filmclub.club.ClubAccess;
import org.filmclub.club.ClubMembership;
import org.filmclub.film.FilmService;
import org.filmclub.film.TitleKey;
import org.filmclub.markdown.MarkdownRenderer;
import org.filmclub.member.MemberProfile;
import org.filmclub.member.MemberService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The club's watchlist: films members nominate and others second. Every method acts as the current
 * member and checks what they may do; a nomination of another club looks as if it did not exist.
 */
@Service
public class NominationService {

    static final String NO_SUCH_NOMINATION = "There is no such nomination in this club.";

    private final NominationRepository nominations;
    private final Seconds seconds;
    private final ClubAccess access;
    private final FilmService films;
    private final MemberService members;
    private final MarkdownRenderer markdown;
    private final InputValidator validator;
    private final Clock clock;

    NominationService(
            NominationRepository nominations,
            Seconds seconds,
            ClubAccess access,
            FilmService films,
            MemberService members,
            MarkdownRenderer markdown,
            InputValidator validator,
            Clock clock) {
        this.nominations = nominations;
        this.seconds = seconds;
        this.access = access;
        this.films = films;
        this.members = members;
        this.markdown = markdown;
        this.validator = validator;
        this.clock = clock;
    }

    /**
     * Puts a film on the club's list. The same film nominated already (title and year as {@link TitleKey}
     * matches them) is refused with {@link AlreadyNominatedException}; a film the club already has is
     * pointed out with {@link FilmInClubException} unless {@code evenIfClubHasIt}.
     *
     * @return the new nomination's id
     */
    @Transactional
    public long nominate(String slug, NominationInput input, boolean evenIfClubHasIt) {
        // Locked, so two members nominating the same film at once take turns and the second is told.
        var membership = access.requireMemberLocked(slug);
        var checked = validator.check(input);
        var key = TitleKey.of(checked.title(), checked.year());
        nominations.findOpenByKey(membership.clubId(), key.title(), key.year()).stream()
                .findFirst()
                .ifPresent(same -> {
                    throw new AlreadyNominatedException(same.getId(), same.title() + " (" + same.year() + ")");
                });
        if (!evenIfClubHasIt) {
            var inClub = films.filmsByTitle(membership).get(key);
            if (inClub != null) {
                throw new FilmInClubException(inClub);
            }
        }
        NOMINATION_FLOOD.check(
                nominations.countByAuthorIdAndCreatedAtAfter(membership.memberId(), NOMINATION_FLOOD.since(clock)),
                "title",
                "nominations",
                "");
        if (nominations.countOpen(membership.clubId()) >= PollLimits.NOMINATIONS_OPEN_MAX) {
            throw InvalidInputException.of(
                    "title",
                    "The club's list already has " + PollLimits.NOMINATIONS_OPEN_MAX
                            + " open nominations; a host can archive some to make room.");
        }
        var html = markdown.message(checked.pitch(), name -> false);
        return nominations
                .save(new Nomination(membership.clubId(), membership.memberId(), checked, html, clock.instant()))
                .getId();
    }

    /** The club's open nominations, oldest first. */
    @Transactional(readOnly = true)
    public List<NominationCard> open(String slug) {
        var membership = access.requireMember(slug);
        return cards(membership, nominations.findOpen(membership.clubId()));
    }

    /** One nomination of the member's club, whatever its status. */
    @Transactional(readOnly = true)
    public NominationCard nomination(String slug, long nominationId) {
        var membership = access.requireMember(slug);
        return cards(membership, List.of(inClub(membership, nominationId))).get(0);
    }

    /** Seconds a nomination, once per member. @return whether this added the second */
    @Transactional
    public boolean second(String slug, long nominationId) {
        var membership = access.requireMember(slug);
        var nomination = inClub(membership, nominationId);
        nomination.requireSecondableBy(membership);
        return seconds.add(nominationId, membership.memberId(), clock.instant());
    }

    /** Its author takes the nomination off the list; a poll that offers it keeps it. */
    @Transactional
    public void withdraw(String slug, long nominationId) {
        var membership = access.requireMember(slug);
        inClub(membership, nominationId).withdrawBy(membership);
    }

    /** A host takes the nomination off the list; a poll that offers it keeps it. */
    @Transactional
    public void archive(String slug, long nominationId) {
        var membership = access.requireHost(slug, "archive nominations");
        inClub(membership, nominationId).archiveBy(membership);
    }

    /** The nomination, if it is in the member's club; any other looks as if it did not exist. */
    Nomination inClub(ClubMembership membership, long nominationId) {
        return nominations
                .findByIdAndClubId(nominationId, membership.clubId())
                .orElseThrow(() -> new ContentNotFoundException(NO_SUCH_NOMINATION));
    }

    List<NominationCard> cards(ClubMembership membership, Collection<Nomination> list) {
        var ids = list.stream().map(Nomination::getId).toList();
        var seconded = seconds.of(ids);
        Set<Long> people = new HashSet<>();
        list.forEach(n -> people.add(n.authorId()));
        var profiles = members.profiles(people);
        var me = membership.memberId();
        var result = new ArrayList<NominationCard>();
        for (var n : list) {
            var by = seconded.getOrDefault(n.getId(), Set.of());
            var mine = n.authorId() == me;
            result.add(new NominationCard(
                    n.getId(),
                    n.title(),
                    n.year(),
                    n.director(),
                    n.runtimeMinutes(),
                    n.pitchHtml(),
                    MemberProfile.nameOf(profiles.get(n.authorId())),
                    n.status(),
                    n.createdAt(),
                    by.size(),
                    by.contains(me),
                    mine,
                    n.isOpen() && !mine && !by.contains(me),
                    n.isOpen() && mine,
                    n.isOpen() && membership.isHost()));
        }
        return result;
    }
}
