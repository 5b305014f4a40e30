package org.filmclub.transfer;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.function.LongUnaryOperator;
import org.filmclub.base.InvalidInputException;
import org.filmclub.base.NotPermittedException;
import org.filmclub.club.ClubAccess;
import org.filmclub.club.ClubSummary;
import org.filmclub.club.ClubTransfer;
import org.filmclub.discussion.DiscussionTransfer;
import org.filmclub.film.FilmTransfer;
import org.filmclub.member.CurrentMember;
import org.filmclub.member.MemberService;
import org.filmclub.question.QuestionTransfer;
import org.filmclub.screening.ScreeningTransfer;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/** A whole club as one file, and the club made again from such a file, on this installation or another. */
@Service
public class ClubTransferService {

    static final String NOT_A_CLUB_FILE =
            "This is not a club file from Filmclub, or it is damaged. Nothing was imported.";

    private final ClubAccess access;
    private final CurrentMember currentMember;
    private final MemberService members;
    private final ClubTransfer clubs;
    private final FilmTransfer films;
    private final DiscussionTransfer discussions;
    private final QuestionTransfer questions;
    private final ScreeningTransfer screenings;
    private final ObjectMapper json;
    /** Reads files with the limits of a club file, so a hostile one is refused while it is read. */
    private final ObjectMapper reader;

    private final Clock clock;
    private final TransactionTemplate transactions;

    ClubTransferService(
            ClubAccess access,
            CurrentMember currentMember,
            MemberService members,
            ClubTransfer clubs,
            FilmTransfer films,
            DiscussionTransfer discussions,
            QuestionTransfer questions,
            ScreeningTransfer screenings,
            ObjectMapper json,
            Clock clock,
            PlatformTransactionManager transactionManager) {
        this.access = access;
        this.currentMember = currentMember;
        this.members = members;
        this.clubs = clubs;
        this.films = films;
        this.discussions = discussions;
        this.questions = questions;
        this.screenings = screenings;
        this.json = json;
        this.reader = json.copy();
        reader.getFactory()
                .setStreamReadConstraints(StreamReadConstraints.builder()
                        .maxDocumentLength(TransferLimits.MAX_BYTES)
                        .maxNestingDepth(TransferLimits.NESTING_MAX)
                        .maxStringLength(TransferLimits.STRING_MAX)
                        .maxNameLength(TransferLimits.NAME_MAX)
                        .maxNumberLength(TransferLimits.NUMBER_MAX)
                        .build());
        this.clock = clock;
        this.transactions = new TransactionTemplate(transactionManager);
    }

    /** The club as UTF-8 JSON; for its hosts, since it holds what members wrote and who they are. */
    @Transactional(readOnly = true)
    public byte[] export(String slug) {
        var membership = access.requireHost(slug, "download the club's data");
        var refs = new LinkedHashMap<Long, Long>();
        LongUnaryOperator personRef = id -> refs.computeIfAbsent(id, k -> refs.size() + 1L);
        var club = clubs.export(slug, personRef);
        var clubId = membership.clubId();
        var filmData = films.export(clubId, personRef);
        var messages = discussions.export(clubId, personRef);
        var questionData = questions.export(clubId, personRef);
        var screeningData = screenings.export(clubId, personRef);
        var profiles = members.profiles(refs.keySet());
        var people = refs.entrySet().stream()
                .map(e -> {
                    var profile = profiles.get(e.getKey());
                    return new ClubFile.Person(e.getValue(), profile.username(), profile.displayName());
                })
                .toList();
        var file = new ClubFile(
                ClubFile.FORMAT,
                ClubFile.VERSION,
                clock.instant(),
                people,
                club,
                filmData,
                messages,
                questionData,
                screeningData);
        try {
            return json.writerWithDefaultPrettyPrinter().writeValueAsBytes(file);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Makes the club of a file anew, with the current member as its one host and everyone the file names
     * as a placeholder of this club only. Every field passes the checks its form makes. All of it or
     * nothing: any fault rolls everything back.
     */
    public ClubSummary importClub(byte[] content) {
        currentMember.require();
        var file = read(content);
        try {
            return transactions.execute(tx -> write(file));
        } catch (InvalidInputException | NotPermittedException refused) {
            throw refused;
        } catch (RuntimeException broken) {
            // A missing field or a value this installation's tables refuse; the member needs no stack trace.
            throw InvalidInputException.of("file", NOT_A_CLUB_FILE);
        }
    }

    private ClubSummary write(ClubFile file) {
        var club = clubs.importClub(file.club());
        var ids = new HashMap<Long, Long>();
        var usernames = new HashSet<String>();
        for (var person : file.people()) {
            if (ids.containsKey(person.ref()) || !usernames.add(MemberService.normalizeUsername(person.username()))) {
                throw InvalidInputException.of(
                        "file",
                        "The file lists person " + person.ref() + " (" + person.username()
                                + ") twice. Nothing was imported.");
            }
            try {
                ids.put(
                        person.ref(),
                        members.placeholder(person.username(), person.displayName(), club.id())
                                .id());
            } catch (InvalidInputException refused) {
                throw refused.about("Person " + person.ref() + " (" + person.username() + ")");
            }
        }
        LongUnaryOperator memberId = ref -> {
            var id = ids.get(ref);
            if (id == null) {
                throw InvalidInputException.of("file", "The file names person " + ref + " but does not list them.");
            }
            return id;
        };
        clubs.importMembers(club.id(), file.club().members(), memberId);
        var filmIds = films.importInto(club.id(), file.films(), memberId);
        // A mention of someone the file names shows as one, as it did where the club came from.
        discussions.importInto(club.id(), file.messages(), filmIds, memberId, usernames::contains);
        questions.importInto(club.id(), file.questions(), filmIds, memberId);
        screenings.importInto(club.id(), file.screenings(), filmIds, memberId);
        return club;
    }

    private ClubFile read(byte[] content) {
        if (content == null || content.length == 0) {
            throw InvalidInputException.of("file", "The file is empty.");
        }
        if (content.length > TransferLimits.MAX_BYTES) {
            throw InvalidInputException.of(
                    "file",
                    "The file is larger than " + TransferLimits.MAX_BYTES / 1024 / 1024
                            + " MB, which no club file is. Nothing was imported.");
        }
        ClubFile file;
        try {
            file = reader.readValue(content, ClubFile.class);
        } catch (StreamConstraintsException e) {
            throw InvalidInputException.of(
                    "file",
                    "The file nests deeper or holds longer texts or numbers than a "
                            + "club file does. Nothing was imported.");
        } catch (IOException e) {
            throw InvalidInputException.of("file", NOT_A_CLUB_FILE);
        }
        if (file == null || !ClubFile.FORMAT.equals(file.format())) {
            throw InvalidInputException.of("file", NOT_A_CLUB_FILE);
        }
        if (file.version() != ClubFile.VERSION) {
            throw InvalidInputException.of(
                    "file",
                    "This club file is of version " + file.version() + "; this installation reads version "
                            + ClubFile.VERSION + ". Update Filmclub first.");
        }
        if (file.club() == null
                || nullIn(file.people())
                || nullIn(file.club().members())
                || nullIn(file.films())
                || nullIn(file.messages())
                || nullIn(file.questions())
                || nullIn(file.screenings())) {
            throw InvalidInputException.of("file", NOT_A_CLUB_FILE);
        }
        checkCounts(file);
        return file;
    }

    /** Counted before anything is written, so that a file far larger than any club costs nothing but its reading. */
    private static void checkCounts(ClubFile file) {
        var revisions = 0L;
        for (var film : file.films()) {
            if (nullIn(film.essays())) {
                throw InvalidInputException.of("file", NOT_A_CLUB_FILE);
            }
            for (var essay : film.essays()) {
                revisions += nullIn(essay.revisions()) ? 0 : essay.revisions().size();
            }
        }
        var votes = file.questions().stream()
                .mapToLong(q -> q.votes() == null ? 0 : q.votes().size())
                .sum();
        var rsvps = file.screenings().stream()
                .mapToLong(s -> (s.rsvps() == null ? 0 : s.rsvps().size())
                        + (s.attendance() == null ? 0 : s.attendance().size()))
                .sum();
        atMost(Math.max(file.people().size(), file.club().members().size()), TransferLimits.PEOPLE_MAX, "people");
        atMost(file.films().size(), TransferLimits.FILMS_MAX, "films");
        atMost(revisions, TransferLimits.REVISIONS_MAX, "essay revisions");
        atMost(file.messages().size(), TransferLimits.MESSAGES_MAX, "messages");
        atMost(file.questions().size(), TransferLimits.QUESTIONS_MAX, "questions");
        atMost(votes, TransferLimits.VOTES_MAX, "votes");
        atMost(file.screenings().size(), TransferLimits.SCREENINGS_MAX, "screenings");
        atMost(rsvps, TransferLimits.RSVPS_MAX, "answers to screenings");
    }

    private static void atMost(long count, int max, String what) {
        if (count > max) {
            throw InvalidInputException.of(
                    "file",
                    String.format(
                            "The file holds %,d %s; a club file can hold at most %,d. Nothing was imported.",
                            count, what, max));
        }
    }

    private static boolean nullIn(List<?> list) {
        return list == null || list.contains(null);
    }
}
