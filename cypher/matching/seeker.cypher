// An organisation as a seeker, with the embeddings meta in the same round trip (the model its
// vectors must belong to and the revision the vector cache follows): its vectors, what it
// declares, and what its needs ask for (want_*, from the profile analysis); the graph version
// (schema/006_graph_version.cypher) the matcher's candidate memo is valid for, and whether the
// organisation has any link at all (none: no network facts to read). One row always: `model`
// null when nothing is embedded, `props` null when the organisation does not exist.
OPTIONAL MATCH (m:_Meta {id: 'embeddings'})
OPTIONAL MATCH (g:_Meta {id: 'graph'})
OPTIONAL MATCH (o:Organization {id: $id})
RETURN m.model AS model, coalesce(m.revision, 0) AS revision, coalesce(g.version, 0) AS version,
       o IS NOT NULL AND EXISTS { (o)--() } AS ties,
       o {.id, .name, .name_ja, .kind, .modalities, .capabilities, .stage, .funding_stage, .region,
          .vec_offer, .vec_needs, .want_modalities, .want_capabilities, .want_funding_stages,
          .want_compliance, .want_scales, .want_sites, .want_certifications,
          .needs_confidential, .inf_capabilities, .inf_criteria} AS props,
       o IS NOT NULL AND EXISTS { (o)-[:SUPPLIES {gmp_use: true}]->(:Organization) } AS gmp_use
