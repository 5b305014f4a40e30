-- Replies and mentions also go by mail when the member has not read them in the app in time.
-- mail_pending: the mail job has still to look at this row (true only for replies and mentions written
-- from now on, so nothing from before goes out); it turns false once the row is mailed or found to need
-- no mail (read, opted out, no longer in the club). mailed_at: when it went out in a mail.
alter table notifications add column message_id bigint;
alter table notifications add column mail_pending boolean default false not null;
alter table notifications add column mailed_at timestamp(6) with time zone;
-- The job's one question: which rows are pending and old enough.
create index notifications_mail_pending_idx on notifications (mail_pending, created_at);
