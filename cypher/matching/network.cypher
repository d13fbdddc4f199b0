// The network facts between a seeker and its candidates ($ids), for the graph signal and its
// reasons: shared communities and hub, partners in common (organisation links, meetings aside)
// and meetings held. The seeker's side is read once, not once per candidate, so the cost is the
// candidates' own links, not the seeker's two-hop neighbourhood per candidate.
MATCH (s:Organization {id: $seeker})
WITH s, [(s)-[:MEMBER_OF]->(m:Community) | m] AS communities, [(s)-[:LOCATED_IN]->(h:Hub) | h] AS hubs,
     [(s)-[r]-(p:Organization) WHERE type(r) <> 'MET_WITH' | p] AS partners
UNWIND $ids AS id
MATCH (c:Organization {id: id})
RETURN c.id AS id, {
         communities: [m IN communities WHERE EXISTS { (c)-[:MEMBER_OF]->(m) } | coalesce(m.name, m.id)],
         communities_ja: [m IN communities WHERE EXISTS { (c)-[:MEMBER_OF]->(m) }
                          | coalesce(m.name_ja, m.name, m.id)],
         hubs: [h IN hubs WHERE EXISTS { (c)-[:LOCATED_IN]->(h) } | coalesce(h.name, h.id)],
         common_partners: COLLECT { MATCH (c)-[r2]-(p:Organization)
                                    WHERE type(r2) <> 'MET_WITH' AND p IN partners
                                    RETURN DISTINCT p.name LIMIT 20 },
         met_before: EXISTS { (s)-[:MET_WITH]-(c) }
       } AS net
