-- A message of 4,000 characters can grow many times over once rendered (every spoiler and link
-- becomes markup), so the rendered form gets room to spare; the service still caps it.
alter table messages alter column html set data type varchar(200000);
