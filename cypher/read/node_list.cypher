// Each node's record fields ($fields) come back as [name, value] pairs: never its vectors,
// sentences or analysis, which a record does not show.
// One page of a label's nodes, optionally restricted to name-search hits ($matched, best first:
// $rank holds each hit's place).
MATCH (n:Entity)
WHERE $label IN labels(n)
  AND ($matched IS NULL OR n.id IN $matched)
WITH n ORDER BY coalesce($rank[n.id], 0), n.name, n.id
WITH collect(n) AS found
WITH size(found) AS total,
       [n IN found[$offset..$offset + $limit] | {
          props: [k IN $fields WHERE n[k] IS NOT NULL | [k, n[k]]],
          out_pairs: COLLECT { MATCH (n)-[r]->(m:Entity) RETURN [type(r), m.id] },
          in_pairs: COLLECT { MATCH (n)<-[r:OWNS]-(m:Entity) RETURN [type(r), m.id] }}] AS items
// the graph version (read/fingerprint), so that a page of a kept name search proves it current
OPTIONAL MATCH (m:_Meta {id: 'graph'})
RETURN total, items, coalesce(m.version, 0) AS version, COUNT { MATCH (:Entity) } AS nodes,
       COUNT { MATCH ()-[]->() } AS links
