// An organisation as a seeker: its vectors, what it declares, and what its needs ask for
// (want_*, from the profile analysis).
MATCH (o:Organization {id: $id})
RETURN o {.id, .name, .name_ja, .kind, .modalities, .capabilities, .stage, .funding_stage, .region,
          .vec_offer, .vec_needs, .want_modalities, .want_capabilities, .want_funding_stages,
          .want_compliance, .want_scales, .want_sites, .want_certifications,
          .needs_confidential, .inf_capabilities, .inf_criteria} AS props,
       EXISTS { (o)-[:SUPPLIES {gmp_use: true}]->(:Organization) } AS gmp_use
