-- When an instructor first moves a question, the module's question order becomes theirs: a later
-- regeneration keeps every existing question where it is and appends new ones at the end. Null
-- means the order is still the generator's (regeneration renumbers untouched questions).
alter table modules add column question_order_set_at timestamp with time zone;
