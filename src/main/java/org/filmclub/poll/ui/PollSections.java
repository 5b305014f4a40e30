package org.filmclub.poll.ui;

import com.vaadin.flow.component.Component;
import java.time.Clock;
import org.filmclub.club.ClubHomeSection;
import org.filmclub.club.ClubMembership;
import org.filmclub.member.CurrentMember;
import org.filmclub.poll.NominationService;
import org.filmclub.poll.PollService;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Puts "What to watch next" (nominations and polls) on the club's home page. */
@Configuration
class PollSections {

    @Bean
    ClubHomeSection watchNext(
            NominationService nominations, PollService polls, CurrentMember currentMember, Clock clock) {
        return new ClubHomeSection() {
            @Override
            public int order() {
                return 25;
            }

            @Override
            public Component create(ClubMembership membership) {
                return new WatchNextCard(
                        nominations,
                        polls,
                        clock,
                        currentMember.require().timeZone(),
                        membership.slug(),
                        membership.isHost());
            }
        };
    }
}
