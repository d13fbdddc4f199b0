// The network facts between a seeker and those of its candidates ($ids) it shares any with, for
// the graph signal and its reasons: shared communities and hub, partners in common (organisation
// links, meetings aside) and meetings held. The seeker's side is read once, not once per
// candidate, so the cost is the candidates' own links, not the seeker's two-hop neighbourhood per
// candidate. One row when the seeker exists (`shared` lists only candidates with a fact), none
// when it does not.
MATCH (s:Organization {id: $seeker})
WITH s, [(s)-[:MEMBER_OF]->(m:Community) | m] AS communities, [(s)-[:LOCATED_IN]->(h:Hub) | h] AS hubs,
     [(s)-[r]-(p:Organization) WHERE type(r) <> 'MET_WITH' | p] AS partners
RETURN COLLECT {
  UNWIND $ids AS id
  MATCH (c:Organization {id: id})
  WITH c, [m IN communities WHERE EXISTS { (c)-[:MEMBER_OF]->(m) }] AS common,
       [h IN hubs WHERE EXISTS { (c)-[:LOCATED_IN]->(h) }] AS hub,
       COLLECT { MATCH (c)-[r2]-(p:Organization) WHERE type(r2) <> 'MET_WITH' AND p IN partners
                 RETURN DISTINCT p.name LIMIT 20 } AS names,
       EXISTS { (s)-[:MET_WITH]-(c) } AS met
  WHERE common <> [] OR hub <> [] OR names <> [] OR met
  RETURN {id: c.id, net: {communities: [m IN common | coalesce(m.name, m.id)],
                          communities_ja: [m IN common | coalesce(m.name_ja, m.name, m.id)],
                          hubs: [h IN hub | coalesce(h.name, h.id)], common_partners: names, met_before: met}}
} AS shared
