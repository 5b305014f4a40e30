-- The people a moved club names become placeholders in that club: no password hash, so no password
-- opens them, and a username made of the name in the file, '~' and the club's id. No member can choose
-- a '~', so a placeholder never takes anyone's name; with the id it can be longer than 32 characters.
alter table members alter column password_hash drop not null;
alter table members alter column username set data type varchar(64);
