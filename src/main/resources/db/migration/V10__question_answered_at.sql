-- When a host marked a question answered, so a screening's record lists the questions answered during it.
alter table questions add column answered_at timestamp(6) with time zone;
