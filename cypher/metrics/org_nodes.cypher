// The organisations of a metrics projection; each filter is skipped when its parameter is null.
// community: members via MEMBER_OF; hub: LOCATED_IN; $kinds: a list of kinds.
MATCH (o:Organization)
WHERE ($kinds IS NULL OR o.kind IN $kinds)
  AND ($region IS NULL OR o.region = $region)
  AND ($community IS NULL OR EXISTS { (o)-[:MEMBER_OF]->(:Community {id: $community}) })
  AND ($hub IS NULL OR EXISTS { (o)-[:LOCATED_IN]->(:Hub {id: $hub}) })
RETURN o.id AS id, o.name AS name, o.name_ja AS name_ja, o.kind AS kind, o.region AS region,
       o.founded AS founded
