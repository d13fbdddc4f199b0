// Network facts between a seeker organisation and each candidate: shared communities and hub,
// partners in common (two hops over organisation-to-organisation links), and meetings held.
MATCH (s:Organization {id: $seeker})
UNWIND $ids AS cid
MATCH (c:Organization {id: cid})
RETURN cid AS id,
  COLLECT { MATCH (s)-[:MEMBER_OF]->(m:Community)<-[:MEMBER_OF]-(c) RETURN coalesce(m.name, m.id) } AS communities,
  COLLECT { MATCH (s)-[:MEMBER_OF]->(m:Community)<-[:MEMBER_OF]-(c) RETURN coalesce(m.name_ja, m.name, m.id) }
    AS communities_ja,
  COLLECT { MATCH (s)-[:LOCATED_IN]->(h:Hub)<-[:LOCATED_IN]-(c) RETURN coalesce(h.name, h.id) } AS hubs,
  COLLECT { MATCH (s)-[r1]-(p:Organization)-[r2]-(c)
            WHERE type(r1) <> 'MET_WITH' AND type(r2) <> 'MET_WITH'
            RETURN DISTINCT p.name LIMIT 20 } AS common_partners,
  EXISTS { (s)-[:MET_WITH]-(c) } AS met_before,
  EXISTS { (s)-[]-(c) } AS linked
