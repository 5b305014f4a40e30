package org.filmclub.demo;

import java.util.List;

/**
 * What the demo club said about moments of Her on the evening they watched it: a dozen messages spread along its
 * runtime, each anchored at the film time it is about, so that the timeline, the moments and spoiler gating have
 * something to show. What happens late in the film is behind a spoiler mark as well.
 */
final class AlongTheFilm {

    /** One message: who wrote it, at which film time ("h:mm:ss"), and its Markdown. */
    record Line(String author, String at, String text) {}

    /** In the film's order. Each author writes few enough that the whole evening fits the flood limit. */
    static final List<Line> LINES = List.of(
            new Line(
                    "ana",
                    "0:05:10",
                    "That opening letter is so tender, and then the camera pulls back to a whole office writing other"
                            + " people's letters. The first joke and the first sadness, in one shot."),
            new Line(
                    "cleo",
                    "0:12:30",
                    "She reads a book of baby names in two hundredths of a second and picks *Samantha* because she"
                            + " likes the sound of it. That is her whole character in one line."),
            new Line(
                    "ben",
                    "0:24:00",
                    "Every street in this future is full and nobody looks up. A man talking to his earpiece doesn't"
                            + " stand out at all."),
            new Line(
                    "cleo",
                    "0:36:40",
                    "The blind date is the cruellest scene for me: she wants a promise, and he can't promise anyone"
                            + " anything."),
            new Line(
                    "ana",
                    "0:47:30",
                    "The screen goes dark and we only hear them. Jonze trusts the voice completely here."),
            new Line(
                    "ben",
                    "0:53:00",
                    "The safety pin in his shirt pocket so she can see the fair: the cheapest effect in the film and"
                            + " the best."),
            new Line(
                    "cleo",
                    "1:02:15",
                    "Lunch with Catherine. She says out loud what the film has been circling: he wanted a wife"
                            + " without anything real to deal with."),
            new Line(
                    "ana",
                    "1:09:00",
                    "The surrogate is hard to watch, and I think it's meant to be. Samantha offers him a body he"
                            + " never asked for."),
            new Line(
                    "ben",
                    "1:21:00",
                    "The picnic with Paul is the warmest scene in the film: nobody at the table finds it odd that"
                            + " one of them has no body."),
            new Line(
                    "cleo",
                    "1:31:00",
                    "She sends his letters to a publisher without asking. Generous, and also the first time she"
                            + " decides something for him."),
            new Line(
                    "ana",
                    "1:42:30",
                    "||8,316 others, and 641 of them she loves.|| I laughed in the cinema, then I didn't."),
            new Line(
                    "ana",
                    "1:55:00",
                    "||He finally writes a letter in his own name, to Catherine.|| This is why I don't read the ending"
                            + " as sad."));

    private AlongTheFilm() {}
}
