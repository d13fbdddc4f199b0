// The partnering settings stored on events (tables, deadlines, caps), which the exchange format
// does not carry.
MATCH (e:Event)
WHERE e.tables IS NOT NULL
RETURN e.id AS id, e {.tables, .request_deadline, .max_requests, .default_max_meetings} AS props
ORDER BY id
