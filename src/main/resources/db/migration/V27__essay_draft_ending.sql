-- A draft keeps its author's "discusses the ending" mark with the text, until it is published with it.
alter table essay_drafts add column discusses_ending boolean default false not null;
