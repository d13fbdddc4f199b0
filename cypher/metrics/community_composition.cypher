// Every community (or the one named by $community) with its member organisations counted by kind
// and its disclosed figures (a JSON string, see matchmaker/model/records.py JSON_FIELDS).
MATCH (c:Community)
WHERE $community IS NULL OR c.id = $community
OPTIONAL MATCH (o:Organization)-[:MEMBER_OF]->(c)
WITH c, o.kind AS kind, count(o) AS n
WITH c, collect(CASE WHEN kind IS NULL THEN null ELSE {kind: kind, n: n} END) AS kinds
RETURN c.id AS id, c.name AS name, c.name_ja AS name_ja, c.kind AS kind, c.region AS region, kinds,
       c.figures AS figures
ORDER BY c.id
