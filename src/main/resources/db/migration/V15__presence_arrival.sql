-- When a member's screen arrived, kept apart from the heartbeat's seen_at, so that who is here keeps the order
-- of arrival on every node instead of following whichever node touched its rows last.
alter table presence add column arrived_at timestamp(6) with time zone;
update presence set arrived_at = seen_at;
alter table presence alter column arrived_at set not null;
