-- Assignments in a succession (issue #13): an assignment handed back to the coordinator waits to be given
-- to another agency; one whose work was shared out among several successors ends as TRANSFERRED.
alter table assignment add column awaiting_reassignment boolean default false not null;
