package org.filmclub.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

/** Benchmark set-up done as members: the service calls a member's page would make, without a page. */
final class AsMember {

    private AsMember() {}

    /** Runs the task as this member on the current thread. */
    static <T> T asMember(String username, Callable<T> task) throws Exception {
        SecurityContextHolder.getContext()
                .setAuthentication(UsernamePasswordAuthenticationToken.authenticated(username, null, List.of()));
        try {
            return task.call();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    /** Runs the tasks side by side on the workers; fails with the first that failed. */
    static <T> List<T> all(ExecutorService workers, List<Callable<T>> tasks) throws Exception {
        var results = new ArrayList<T>();
        for (Future<T> done : workers.invokeAll(tasks, 10, TimeUnit.MINUTES)) {
            results.add(done.get());
        }
        return results;
    }
}
