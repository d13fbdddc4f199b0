// Ties between a community and the other communities: member bodies they share, and
// organisation-to-organisation links of the types in $types between their members (with the year each
// began, 0 when undated). Only the links make a tie (matchmaker/metrics/scorecard.py TIE_LINK_TYPES).
MATCH (c:Community)
WHERE $community IS NULL OR c.id = $community
MATCH (d:Community) WHERE d <> c
WITH c, d,
     COUNT { MATCH (c)<-[:MEMBER_OF]-(o:Organization)-[:MEMBER_OF]->(d) } AS shared,
     COLLECT {
       MATCH (c)<-[:MEMBER_OF]-(a:Organization)-[r]-(b:Organization)-[:MEMBER_OF]->(d)
       WHERE a <> b AND type(r) IN $types
       RETURN coalesce(r.since.year, 0)
     } AS link_years
WHERE shared > 0 OR size(link_years) > 0
RETURN c.id AS community, d.id AS other, d.name AS other_name, d.name_ja AS other_name_ja,
       d.kind AS other_kind, d.region AS other_region, shared, link_years
ORDER BY community, other
