// An organisation as a seeker, with the embeddings meta in the same round trip (the model its
// vectors must belong to and the revision the vector cache follows): its vectors, what it
// declares, and what its needs ask for (want_*, from the profile analysis); the graph version
// (schema/006_graph_version.cypher) the matcher's candidate memo is valid for, the row revision
// and epoch its row store follows (schema/010_row_revision.cypher), and its side of
// the network facts with each candidate (matching/network.py: its communities, hub, partners,
// linked in any way but a meeting, and those it has met; each candidate's come with its row). One
// row always: `model` null when nothing is embedded, `props` and `side` null when the
// organisation does not exist.
OPTIONAL MATCH (m:_Meta {id: 'embeddings'})
OPTIONAL MATCH (g:_Meta {id: 'graph'})
OPTIONAL MATCH (w:_Meta {id: 'rows'})
OPTIONAL MATCH (o:Organization {id: $id})
RETURN m.model AS model, coalesce(m.revision, 0) AS revision, coalesce(g.version, 0) AS version,
       coalesce(w.revision, 0) AS rows, coalesce(w.epoch, 0) AS epoch,
       CASE WHEN o IS NULL THEN null ELSE {
         communities: [(o)-[:MEMBER_OF]->(c:Community) | {id: c.id, en: coalesce(c.name, c.id),
                                                          ja: coalesce(c.name_ja, c.name, c.id)}],
         hubs: [(o)-[:LOCATED_IN]->(h:Hub) | {id: h.id, name: coalesce(h.name, h.id)}],
         partners: [(o)-[r]-(p:Organization) WHERE type(r) <> 'MET_WITH' | {id: p.id, name: p.name}],
         met: [(o)-[:MET_WITH]-(x:Organization) | x.id]} END AS side,
       o {.id, .name, .name_ja, .kind, .modalities, .capabilities, .stage, .funding_stage, .region,
          .vec_offer, .vec_needs, .want_modalities, .want_capabilities, .want_funding_stages,
          .want_compliance, .want_scales, .want_sites, .want_certifications,
          .needs_confidential, .inf_capabilities, .inf_criteria} AS props,
       o IS NOT NULL AND EXISTS { (o)-[:SUPPLIES {gmp_use: true}]->(:Organization) } AS gmp_use
