package org.filmclub;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.Statement;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.springframework.beans.factory.config.BeanPostProcessor;

/**
 * Counts the SQL statements one thread sends to the database while it runs a piece of work, for tests
 * that prove a read costs the same number of queries however much data there is. Only connections the
 * counting thread takes from the pool are watched; the app's background jobs, on threads of their own,
 * never touch the count, and outside {@link #count} every connection is the pool's own, unwrapped.
 */
public final class StatementCounter implements BeanPostProcessor {

    private static final ThreadLocal<long[]> COUNTING = new ThreadLocal<>();

    /** What the work returned and how many statements it sent (each prepared or executed statement). */
    public record Counted<T>(T result, long statements) {}

    public static <T> Counted<T> count(Supplier<T> work) {
        if (COUNTING.get() != null) {
            throw new IllegalStateException("Already counting on this thread");
        }
        var count = new long[1];
        COUNTING.set(count);
        try {
            var result = work.get();
            return new Counted<>(result, count[0]);
        } finally {
            COUNTING.remove();
        }
    }

    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) {
        if (bean instanceof DataSource pool && !Proxy.isProxyClass(bean.getClass())) {
            return proxy(DataSource.class, pool, (method, result) -> {
                var count = COUNTING.get();
                return count != null && result instanceof Connection connection
                        ? proxy(Connection.class, connection, (m, r) -> counted(count, m, r))
                        : result;
            });
        }
        return bean;
    }

    /** A prepared statement counts once; a plain statement counts each SQL string it executes. */
    private static Object counted(long[] count, Method method, Object result) {
        var name = method.getName();
        if (name.startsWith("prepare")) {
            count[0]++;
        } else if (name.equals("createStatement") && result instanceof Statement statement) {
            return proxy(Statement.class, statement, (m, r) -> {
                if (m.getName().startsWith("execute") || m.getName().equals("addBatch")) {
                    count[0]++;
                }
                return r;
            });
        }
        return result;
    }

    private interface After {
        Object apply(Method method, Object result);
    }

    private static <T> T proxy(Class<T> type, T target, After after) {
        InvocationHandler handler = (self, method, args) -> {
            try {
                return after.apply(method, method.invoke(target, args));
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
        };
        return type.cast(Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, handler));
    }
}
