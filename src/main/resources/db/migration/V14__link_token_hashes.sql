-- Invite codes and calendar addresses are no longer stored. Each is an HMAC of a random seed under a
-- server secret kept outside the database (org.filmclub.base.LinkTokens); the database keeps the seed
-- and the token's SHA-256, which is what a link is looked up by. Links made before stop working:
-- the app gives every club a new invite link on start, and members a new calendar address when
-- they next look at it.
alter table clubs drop constraint clubs_invite_code_uk;
alter table clubs drop column invite_code;
alter table clubs add column invite_seed varchar(32);
alter table clubs add column invite_hash varchar(64);
alter table clubs add constraint clubs_invite_hash_uk unique (invite_hash);

delete from calendar_feeds;
alter table calendar_feeds drop constraint calendar_feeds_token_uk;
alter table calendar_feeds drop column token;
alter table calendar_feeds add column seed varchar(32) not null;
alter table calendar_feeds add column token_hash varchar(64) not null;
alter table calendar_feeds add constraint calendar_feeds_token_hash_uk unique (token_hash);
