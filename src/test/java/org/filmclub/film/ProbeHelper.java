package org.filmclub.film;

final class ProbeHelper {
    static void run() {
        var r = new MarkdownRenderer();
        var o = new OldMarkdownRenderer();
        String[] inputs = {
            "See https://example.com/her.", "(https://example.com/her)", "https://en.wikipedia.org/wiki/Her_(film).",
            "www.example.org", "write to ben@example.org", "`https://x.example`", "[https://a.example](https://b.example)",
            "javascript:alert(1)", "https://x.example/\"onmouseover=\"alert(1)", "||https://example.com/her||",
            "\"https://example.com/her\"", "'https://example.com/her'", "https://example.com/her...", "xhttps://x.example",
            "foo:https://x.example", "https://x.example/a_b_c", "HTTPS://X.EXAMPLE", "https://x.example/?q=a|b",
            "ftp://x.example", "http://localhost:8080/x", "www.x", "https://x.example/a*b*c", "<https://x.example>",
            "look ![x](https://example.com/a.png) here", "https://ex_ample.com", "https://x.example/it's here",
            "https://x.example/a&amp;b", "https://x.example/#frag", "https://x.example/\u00e9t\u00e9",
            "https://x.example/\u00a0y", "http://", "www.", "https://x.example/[a]", "[x](https://y.example)https://z.example",
        };
        for (var in : inputs) {
            var om = o.message(in, n -> true);
            var nm = r.message(in, n -> true);
            var oe = o.preview(in);
            var ne = r.preview(in);
            if (!om.equals(nm) || !oe.equals(ne)) {
                System.out.println("PROBE IN   " + in);
                if (!om.equals(nm)) {
                    System.out.println("PROBE  msg old " + om);
                    System.out.println("PROBE  msg new " + nm);
                }
                if (!oe.equals(ne)) {
                    System.out.println("PROBE  ess old " + oe);
                    System.out.println("PROBE  ess new " + ne);
                }
            }
        }
        r.preview("warm https://x.example www.y.example");
        for (int round = 0; round < 2; round++) {
            for (var unit : new String[] {"a.", "www.", "http://"}) {
                var count = unit.equals("a.") ? 100_000 : unit.equals("www.") ? 50_000 : 30_000;
                var essay = unit.repeat(count);
                var message = essay.substring(0, 4_000);
                time("essay " + unit + " x " + count, () -> r.preview(essay));
                time("message " + unit + " 4000", () -> r.message(message, n -> true));
                if (round == 1) {
                    time("OLD message " + unit + " 4000", () -> o.message(message, n -> true));
                }
            }
        }
        time("essay 200k mixed urls", () -> r.preview("see https://x.example/a_(b) and www.y.example. ".repeat(4_500)));
    }

    private static void time(String label, Runnable run) {
        var start = System.nanoTime();
        run.run();
        System.out.printf("PROBE %-30s %8.1f ms%n", label, (System.nanoTime() - start) / 1e6);
    }
}
