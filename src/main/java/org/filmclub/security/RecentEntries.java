package org.filmclub.security;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;

/**
 * What happened lately, by key: an entry is forgotten once it has not been written for a while, and
 * when more than a given number are kept, the least recently written goes first, one at a time.
 * Entries stay in the order they were last written, so forgetting costs nothing per write beyond the
 * entries it forgets. Not thread-safe.
 */
final class RecentEntries<K, V> {

    private record Entry<V>(V value, Instant written) {}

    private final LinkedHashMap<K, Entry<V>> entries = new LinkedHashMap<>();
    private final int capacity;
    private final Duration memory;

    RecentEntries(int capacity, Duration memory) {
        this.capacity = capacity;
        this.memory = memory;
    }

    /** The value written for this key, unless there is none or it was written too long ago. */
    V get(K key, Instant now) {
        var entry = entries.get(key);
        return entry == null || forgotten(entry, now) ? null : entry.value();
    }

    void put(K key, V value, Instant now) {
        entries.remove(key);
        entries.put(key, new Entry<>(value, now));
        var oldestFirst = entries.values().iterator();
        while (oldestFirst.hasNext()) {
            var oldest = oldestFirst.next();
            if (entries.size() <= capacity && !forgotten(oldest, now)) {
                break;
            }
            oldestFirst.remove();
        }
    }

    V remove(K key) {
        var entry = entries.remove(key);
        return entry == null ? null : entry.value();
    }

    int size() {
        return entries.size();
    }

    private boolean forgotten(Entry<V> entry, Instant now) {
        return entry.written().plus(memory).isBefore(now);
    }
}
