package org.filmclub.club;

import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Every club, page by page, for work the server does for each club with no member asking (the weekly
 * digest). Nothing here is for a screen: it checks no membership.
 */
@Service
public class ClubDirectory {

    /** A club as the server's own work names it. */
    public record ClubRef(long id, String slug, String name) {}

    private final JdbcClient jdbc;

    ClubDirectory(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Up to {@code size} clubs with an id above {@code afterId}, in id order. */
    @Transactional(readOnly = true)
    public List<ClubRef> page(long afterId, int size) {
        return jdbc.sql("select id, slug, name from clubs where id > :after order by id limit :size")
                .param("after", afterId)
                .param("size", size)
                .query((rs, n) -> new ClubRef(rs.getLong("id"), rs.getString("slug"), rs.getString("name")))
                .list();
    }
}
