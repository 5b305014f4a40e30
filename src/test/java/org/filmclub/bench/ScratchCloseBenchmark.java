package org.filmclub.bench;

import java.util.List;
import java.util.UUID;
import org.filmclub.AbstractAppTest;
import org.filmclub.base.live.LiveBus;
import org.filmclub.club.ClubDetails;
import org.filmclub.discussion.ChatMessage;
import org.filmclub.film.FilmDetails;
import org.filmclub.film.FilmService;
import org.filmclub.member.SignUp;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

class ScratchCloseBenchmark extends AbstractAppTest {
    @Autowired FilmService films; @Autowired LiveBus bus;
    @Test
    void close() throws Exception {
        var a = unique("host");
        memberService.signUp(new SignUp(a, "Host A", PASSWORD, "Europe/Lisbon"));
        var t = new Thread(() -> {});
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(a, null, List.of()));
        var slug = clubService.create(new ClubDetails(unique("Club"), "", "")).slug();
        var film = films.add(slug, new FilmDetails("Her", 2013, "Spike Jonze", 126, "x", "")).id();
        SecurityContextHolder.clearContext();
        var c1 = new LoadClient(port); c1.logIn(a, PASSWORD); c1.open("clubs/" + slug + "/films/" + film);
        var c2 = new LoadClient(port); c2.logIn(a, PASSWORD); c2.open("clubs/" + slug + "/films/" + film);
        Thread.sleep(300);
        System.out.println("SUBSCRIBERS open " + bus.subscribers(ChatMessage.topic(film)));
        c1.close();
        Thread.sleep(300);
        System.out.println("SUBSCRIBERS after one close " + bus.subscribers(ChatMessage.topic(film)));
        c2.close();
        Thread.sleep(300);
        System.out.println("SUBSCRIBERS after both " + bus.subscribers(ChatMessage.topic(film)));
    }
}
