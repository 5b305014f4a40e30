package org.filmclub.bench;

import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import org.filmclub.AbstractAppTest;
import org.filmclub.club.ClubDetails;
import org.filmclub.discussion.DiscussionService;
import org.filmclub.film.EssayService;
import org.filmclub.film.FilmDetails;
import org.filmclub.film.FilmService;
import org.filmclub.member.SignUp;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

class ExploreBenchmark extends AbstractAppTest {
    @Autowired DiscussionService discussion;
    @Autowired FilmService films;
    @Autowired EssayService essays;
    final java.util.concurrent.ExecutorService actor = Executors.newSingleThreadExecutor();

    <T> T as(String user, Callable<T> task) throws Exception {
        return actor.submit(() -> {
            SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, List.of()));
            try { return task.call(); } finally { SecurityContextHolder.clearContext(); }
        }).get();
    }

    @Test
    void explore() throws Exception {
        var a = unique("host"); var b = unique("member");
        memberService.signUp(new SignUp(a, "Host A", PASSWORD, "Europe/Lisbon"));
        memberService.signUp(new SignUp(b, "Member B", PASSWORD, "Europe/Lisbon"));
        var slug = as(a, () -> clubService.create(new ClubDetails(unique("Club"), "", "")).slug());
        var code = as(a, () -> clubService.home(slug).invite().orElseThrow().code());
        as(b, () -> clubService.join(code));
        var film = as(a, () -> films.add(slug, new FilmDetails("Her", 2013, "Spike Jonze", 126, "x", "")).id());
        as(a, () -> essays.publish(slug, essays.start(slug, film), "An essay ESSAYMARK here", 0));
        for (int i = 0; i < 3; i++) { int n = i; as(a, () -> discussion.post(slug, film, "early " + n + " EARLYMARK" + n, null, UUID.randomUUID().toString())); }
        var c = new LoadClient(port);
        c.tap(m -> System.out.println("FRAME " + m.length() + ": " + m));
        c.logIn(b, PASSWORD);
        c.open("clubs/" + slug + "/films/" + film);
        var f = c.expect("LIVEMARK");
        Thread.sleep(500);
        System.out.println("=== POSTING");
        as(a, () -> discussion.post(slug, film, "hello LIVEMARK", null, UUID.randomUUID().toString()));
        System.out.println("ARRIVED " + f.get(10, java.util.concurrent.TimeUnit.SECONDS));
        Thread.sleep(500);
        var p = new LoadClient(port);
        p.logIn(a, PASSWORD);
        p.open("clubs/" + slug + "/films/" + film);
        var g = c.expect("UIPOSTMARK");
        System.out.println("=== UI POST");
        p.tap(m -> System.out.println("POSTER " + m.length() + ": " + m));
        p.post("from ui UIPOSTMARK");
        System.out.println("ARRIVED " + g.get(10, java.util.concurrent.TimeUnit.SECONDS));
        Thread.sleep(500);
        c.close(); p.close();
    }
}
