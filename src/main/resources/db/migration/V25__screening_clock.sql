-- The film clock of a screening's live room: one anchor per screening. The film stood at position_ms at the
-- server instant anchored_at; while playing, it has run on from there since. Every change raises version, and
-- changes take turns by locking the screening's row, so every member sees them in one order.
create table screening_clocks (
    screening_id bigint       not null primary key references screenings (id) on delete cascade,
    position_ms  bigint       not null,
    anchored_at  timestamp(6) with time zone not null,
    playing      boolean      not null,
    version      bigint       not null,
    changed_by   bigint       not null references members (id),
    constraint screening_clocks_position_ck check (position_ms >= 0)
);
