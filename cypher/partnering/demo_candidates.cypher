// Organisations for a demo event's partnering: fictional ones only (source 'synthetic'), since a
// demo must not invent meetings for real organisations. Those attending the event come first,
// then others of the kinds that partner, all with profile vectors (suggestions need them).
CALL () {
  MATCH (o:Organization)-[:ATTENDS]->(:Event {id: $event})
  WHERE o.vec_offer IS NOT NULL AND o.kind IN $kinds AND o.source = 'synthetic'
  RETURN o.id AS id, 0 AS rank
  UNION
  UNWIND $kinds AS kind
  MATCH (o:Organization {kind: kind})
  WHERE o.vec_offer IS NOT NULL AND o.source = 'synthetic'
  RETURN o.id AS id, 1 AS rank
}
WITH id, min(rank) AS rank
RETURN id ORDER BY rank, id LIMIT $limit
