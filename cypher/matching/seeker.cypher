// An organisation as a seeker, with the embeddings meta in the same round trip (the model its
// vectors must belong to and the revision the vector cache follows): its vectors, what it
// declares, and what its needs ask for (want_*, from the profile analysis). One row always:
// `model` null when nothing is embedded, `props` null when the organisation does not exist.
OPTIONAL MATCH (m:_Meta {id: 'embeddings'})
OPTIONAL MATCH (o:Organization {id: $id})
RETURN m.model AS model, coalesce(m.revision, 0) AS revision,
       o {.id, .name, .name_ja, .kind, .modalities, .capabilities, .stage, .funding_stage, .region,
          .vec_offer, .vec_needs, .want_modalities, .want_capabilities, .want_funding_stages,
          .want_compliance, .want_scales, .want_sites, .want_certifications,
          .needs_confidential, .inf_capabilities, .inf_criteria} AS props,
       o IS NOT NULL AND EXISTS { (o)-[:SUPPLIES {gmp_use: true}]->(:Organization) } AS gmp_use
