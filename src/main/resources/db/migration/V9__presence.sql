-- Who has which film page open, per application node (PostgreSQL profile). Each node keeps its own
-- rows and touches them every few seconds; rows a node stopped touching (it died) are swept away.
create table presence (
    node         varchar(40) not null,
    film_id      bigint      not null,
    member_id    bigint      not null,
    display_name varchar(60) not null,
    seen_at      timestamp(6) with time zone not null,
    primary key (node, film_id, member_id)
);
create index presence_film_idx on presence (film_id);
