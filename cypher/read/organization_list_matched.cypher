// Each node's record fields ($fields) come back as [name, value] pairs: never its vectors,
// sentences or analysis, which a record does not show.
// One page of the organisations a name search found ($matched, best first; $rank each hit's
// place), filtered like read/organization_list: the hits are looked up by id (an index seek per
// hit) rather than every organisation being scanned for membership in the list.
UNWIND $matched AS hit
MATCH (o:Organization {id: hit})
WHERE ($kind IS NULL OR o.kind = $kind)
  AND ($region IS NULL OR o.region = $region)
  AND ($modality IS NULL OR $modality IN o.modalities)
  AND ($capability IS NULL OR $capability IN o.capabilities)
  AND ($certification IS NULL OR $certification IN o.certifications)
  AND ($community IS NULL OR EXISTS { (o)-[:MEMBER_OF]->(:Community {id: $community}) })
  AND ($hub IS NULL OR EXISTS { (o)-[:LOCATED_IN]->(:Hub {id: $hub}) })
WITH o ORDER BY coalesce($rank[o.id], 0), o.name, o.id
WITH collect(o) AS found
WITH size(found) AS total,
       [n IN found[$offset..$offset + $limit] | {
          props: [k IN $fields WHERE n[k] IS NOT NULL | [k, n[k]]],
          out_pairs: COLLECT { MATCH (n)-[r:MEMBER_OF|LOCATED_IN]->(m:Entity) RETURN [type(r), m.id] },
          in_pairs: []}] AS items
// the graph version (read/fingerprint), so that a page of a kept name search proves it current
OPTIONAL MATCH (m:_Meta {id: 'graph'})
RETURN total, items, coalesce(m.version, 0) AS version, COUNT { MATCH (:Entity) } AS nodes,
       COUNT { MATCH ()-[]->() } AS links
