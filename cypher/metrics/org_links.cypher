// Every organisation-to-organisation link of the given types (the whole-ecosystem projection).
// Dates come back as ISO strings (cheaper to read than driver Date objects); the time window is
// applied by the caller, which also builds yearly snapshots from the same rows.
MATCH (a:Organization)-[r:INVESTED_IN|SUPPLIES|OUTSOURCES_TO|COLLABORATES_WITH|SPUN_OUT_FROM|LICENSED_TO|MET_WITH]->(b:Organization)
WHERE type(r) IN $types
RETURN a.id AS source, b.id AS target, type(r) AS type, toString(r.since) AS since, toString(r.until) AS until
