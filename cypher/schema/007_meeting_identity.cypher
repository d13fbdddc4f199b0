// Meetings keep their id across schedule runs (issue 24): a dropped meeting stays as a cancelled
// one, so calendars that imported it receive the cancellation, and each carries the iCalendar
// SEQUENCE of its last change. Meetings stored before get the defaults.
MATCH (m:Meeting) WHERE m.cancelled IS NULL OR m.sequence IS NULL
SET m.cancelled = coalesce(m.cancelled, false), m.sequence = coalesce(m.sequence, 0);
