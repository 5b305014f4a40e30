package org.filmclub.screening;

import java.io.IOException;
import java.io.StringWriter;
import java.net.URI;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.Temporal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.TimeZone;
import net.fortuna.ical4j.model.TimeZoneRegistry;
import net.fortuna.ical4j.model.TimeZoneRegistryFactory;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.component.VTimeZone;
import net.fortuna.ical4j.model.parameter.Cn;
import net.fortuna.ical4j.model.parameter.PartStat;
import net.fortuna.ical4j.model.parameter.Role;
import net.fortuna.ical4j.model.parameter.Rsvp;
import net.fortuna.ical4j.model.property.Attendee;
import net.fortuna.ical4j.model.property.Created;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtEnd;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.DtStart;
import net.fortuna.ical4j.model.property.LastModified;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Summary;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Url;
import net.fortuna.ical4j.model.property.XProperty;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableMethod;
import net.fortuna.ical4j.model.property.immutable.ImmutableStatus;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;
import org.filmclub.base.AppPaths;
import org.filmclub.base.PlainText;
import org.springframework.stereotype.Component;

/**
 * Screenings as an iCalendar file (RFC 5545), for one screening or a club's whole feed. Times stay
 * in the screening's own zone and carry its VTIMEZONE, so a calendar app shows the host's wall-clock
 * time and keeps it right across a clock change. A cancelled screening stays in with STATUS:CANCELLED
 * and a higher SEQUENCE, so apps that already have it strike it out instead of keeping a stale copy.
 */
@Component
class ScreeningCalendar {

    static final String PRODUCT_ID = "-//Filmclub//Screenings//EN";

    /** ical4j's own zone definitions, read from its jar: no network, the same text every time. */
    private final TimeZoneRegistry zoneDefinitions =
            TimeZoneRegistryFactory.getInstance().createRegistry();

    /** @param site the app's address, such as {@code https://films.example/}, for links back to each screening */
    String write(String name, List<ScreeningCard> screenings, URI site) {
        var calendar = new Calendar();
        calendar.add(new ProdId(PRODUCT_ID));
        calendar.add(ImmutableVersion.VERSION_2_0);
        calendar.add(ImmutableCalScale.GREGORIAN);
        calendar.add(new XProperty("X-WR-CALNAME", PlainText.oneLine(name)));
        var zones = zonesOf(screenings);
        distinct(zones.values()).forEach(calendar::add);
        for (var screening : screenings) {
            calendar.add(event(screening, zones.get(screening.when().zone()), site));
        }
        // RFC 5545 asks for at least one component, but a club with nothing scheduled yet still has a feed;
        // calendar apps take an empty VCALENDAR as "no events", so only a non-empty one is checked.
        if (!screenings.isEmpty()) {
            requireValid(calendar);
        }
        // Added after the check: with METHOD present ical4j judges the file as an iTIP (RFC 5546) message,
        // which wants an ORGANIZER; a published club calendar has no person to name there.
        calendar.add(ImmutableMethod.PUBLISH);
        return text(calendar);
    }

    /** Who a screening's mail comes from, as its calendar entry names them: the app's sender, in the club's name. */
    record Organizer(String address, String clubName) {}

    /** The member a screening's mail goes to, and their answer so far, if any. */
    record Invitee(String address, String name, Optional<Answer> answer) {}

    /**
     * The screening as a scheduling message (RFC 5546) for one member's mail: {@code METHOD:REQUEST}, or
     * {@code METHOD:CANCEL} once it was cancelled. The event is the feed's own (same UID, SEQUENCE and
     * fields), so a calendar program that has it from the feed or an earlier mail updates that one entry.
     * The member is its attendee with their answer as status; RSVP=FALSE because answers are given in the
     * app, not by mail.
     */
    String invitation(ScreeningCard screening, URI site, Organizer organizer, Invitee invitee) {
        var calendar = new Calendar();
        calendar.add(new ProdId(PRODUCT_ID));
        calendar.add(ImmutableVersion.VERSION_2_0);
        calendar.add(ImmutableCalScale.GREGORIAN);
        var zone = definition(screening.when().zone());
        zone.ifPresent(calendar::add);
        var event = event(screening, zone, site);
        event.add(new net.fortuna.ical4j.model.property.Organizer(mailto(organizer.address()))
                .add(new Cn(parameterText(organizer.clubName()))));
        event.add(new Attendee(mailto(invitee.address()))
                .add(new Cn(parameterText(invitee.name())))
                .add(Role.REQ_PARTICIPANT)
                .add(partStat(invitee.answer()))
                .add(Rsvp.FALSE));
        calendar.add(event);
        calendar.add(
                screening.status() == ScreeningStatus.CANCELLED ? ImmutableMethod.CANCEL : ImmutableMethod.REQUEST);
        requireValid(calendar);
        return text(calendar);
    }

    /** No answer yet, or waiting for a seat: still to be settled. */
    private static PartStat partStat(Optional<Answer> answer) {
        return answer.map(a -> switch (a) {
                    case GOING -> PartStat.ACCEPTED;
                    case MAYBE -> PartStat.TENTATIVE;
                    case NOT_GOING -> PartStat.DECLINED;
                    case WAITLIST -> PartStat.NEEDS_ACTION;
                })
                .orElse(PartStat.NEEDS_ACTION);
    }

    private static URI mailto(String address) {
        try {
            return new URI("mailto", address, null);
        } catch (java.net.URISyntaxException e) {
            throw new IllegalArgumentException("Not a mail address: " + address, e);
        }
    }

    /** A parameter value cannot hold a double quote at all (RFC 5545, 3.1), nor a line break. */
    private static String parameterText(String text) {
        return PlainText.oneLine(text).replace('"', '\'');
    }

    /**
     * Every text passes {@link PlainText} here as well as when it was entered: ical4j escapes LF but writes a
     * lone CR (or NEL, or U+2028) as is, and a reader would take what follows for a property or event of its
     * own. The film's title and text stored before that rule come from elsewhere.
     */
    private VEvent event(ScreeningCard s, Optional<VTimeZone> zone, URI site) {
        var page = site.resolve(AppPaths.screening(s.clubSlug(), s.id()));
        var cancelled = s.status() == ScreeningStatus.CANCELLED;
        // false: no DTSTAMP of the wall clock's now; it is the time of the last change, from the screening.
        var event = new VEvent(false);
        event.add(new Uid("screening-" + s.id() + "@filmclub"));
        event.add(new DtStamp(s.revision().updatedAt()));
        event.add(new DtStart<>(at(s.when().startsAt(), zone)));
        event.add(new DtEnd<>(at(s.when().endsAt(), zone)));
        event.add(new Summary(PlainText.oneLine("Screening: " + s.filmTitle() + (cancelled ? " (cancelled)" : ""))));
        event.add(new Description(description(s, page)));
        event.add(new Url(page));
        event.add(new Sequence(s.revision().sequence()));
        event.add(cancelled ? ImmutableStatus.VEVENT_CANCELLED : ImmutableStatus.VEVENT_CONFIRMED);
        event.add(new Created(s.revision().createdAt()));
        event.add(new LastModified(s.revision().updatedAt()));
        var where = PlainText.oneLine(String.join(
                ", ",
                Stream.of(s.place().venue(), s.place().onlineLink())
                        .filter(w -> !w.isBlank())
                        .toList()));
        if (!where.isEmpty()) {
            event.add(new Location(where));
        }
        return event;
    }

    private static String description(ScreeningCard s, URI page) {
        var lines = new ArrayList<String>();
        if (!s.note().isBlank()) {
            lines.add(s.note());
        }
        if (!s.place().onlineLink().isBlank()) {
            lines.add("Online: " + s.place().onlineLink());
        }
        lines.add("Details and answers: " + page);
        return PlainText.lines(String.join("\n\n", lines));
    }

    /** Each distinct zone once, in order of first use, with ical4j's definition of it where it has one. */
    private Map<ZoneId, Optional<VTimeZone>> zonesOf(List<ScreeningCard> screenings) {
        var zones = new LinkedHashMap<ZoneId, Optional<VTimeZone>>();
        for (var s : screenings) {
            zones.computeIfAbsent(s.when().zone(), this::definition);
        }
        return zones;
    }

    /** One definition per TZID: aliases such as US/Eastern and America/New_York share one. */
    private static Collection<VTimeZone> distinct(Collection<Optional<VTimeZone>> definitions) {
        var byId = new LinkedHashMap<String, VTimeZone>();
        definitions.stream()
                .flatMap(Optional::stream)
                .forEach(d -> byId.putIfAbsent(d.getTimeZoneId().getValue(), d));
        return byId.values();
    }

    /** Empty for a fixed offset or a zone ical4j does not know: such times are written in UTC, which is exact. */
    private Optional<VTimeZone> definition(ZoneId zone) {
        if (zone instanceof ZoneOffset) {
            return Optional.empty();
        }
        return Optional.ofNullable(zoneDefinitions.getTimeZone(zone.getId())).map(TimeZone::getVTimeZone);
    }

    /**
     * The instant in the zone the definition names. ical4j resolves aliases (US/Eastern is defined as
     * America/New_York), and DTSTART's TZID must match the VTIMEZONE's TZID exactly.
     */
    private static Temporal at(Instant instant, Optional<VTimeZone> zone) {
        return zone.<Temporal>flatMap(definition -> {
                    try {
                        return Optional.of(instant.atZone(
                                ZoneId.of(definition.getTimeZoneId().getValue())));
                    } catch (DateTimeException unknownToJava) {
                        return Optional.empty();
                    }
                })
                .orElse(instant);
    }

    private static void requireValid(Calendar calendar) {
        var result = calendar.validate();
        if (result.hasErrors()) {
            throw new IllegalStateException("Screening calendar is not valid iCalendar: " + result);
        }
    }

    /** Through ical4j's outputter, which folds long lines and ends each with CRLF; toString does neither. */
    private static String text(Calendar calendar) {
        var out = new StringWriter();
        try {
            new CalendarOutputter(false).output(calendar, out);
        } catch (IOException impossible) {
            throw new IllegalStateException(impossible);
        }
        return out.toString();
    }
}
