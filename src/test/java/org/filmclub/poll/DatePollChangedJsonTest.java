package org.filmclub.poll;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import org.filmclub.ClubWithAFilmTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** A date poll's table reaches pages on other nodes as JSON, through PostgreSQL, and arrives unchanged. */
class DatePollChangedJsonTest extends ClubWithAFilmTest {

    @Autowired
    ObjectMapper json;

    @Autowired
    DatePollService polls;

    @Test
    void a_date_poll_table_crosses_to_another_node_unchanged() throws Exception {
        var evening = LocalDateTime.now(clock).plusDays(5).withNano(0);
        var id = polls.propose(
                slug,
                new DatePollInput(
                        filmId,
                        List.of(evening, evening.plusDays(1)),
                        ZoneId.of("Asia/Tokyo"),
                        150,
                        "",
                        "https://meet.example/film",
                        3,
                        "Early or late?"));
        loginAs(ben);
        var choices = polls.view(slug, id).table().choices();
        polls.answer(slug, id, choices.get(0).id(), DateAnswer.IF_NEED_BE);
        polls.answer(slug, id, choices.get(1).id(), DateAnswer.YES);
        var event = new DatePollChanged(polls.view(slug, id).table());

        var back = json.readValue(json.writeValueAsString(event), DatePollChanged.class);

        assertThat(back).isEqualTo(event);
        assertThat(back.topic()).isEqualTo(DateTable.topic(id));
    }
}
