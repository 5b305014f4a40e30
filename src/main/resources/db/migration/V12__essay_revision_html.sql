-- Each revision keeps the HTML it was rendered to when it was saved, so that readers never parse Markdown.
-- Rows written before this column existed are rendered once, when first read, and stored then; an empty
-- string marks a text that could not be shown within the limits.
alter table essay_revisions add column html varchar(1000000);
