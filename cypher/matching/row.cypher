// A candidate's row, as every candidate query returns it (matching/candidates after a retriever's
// source; matching/rows for ids the vector cache ranked, with null similarities): what the scorer
// and explainer read of it. Expects `c`, `fwd` (the cosine with the query) and `rev` (with the
// seeker's offer, against the candidate's shareable needs).
RETURN c {.id, .name, .name_ja, .kind, .modalities, .capabilities, .stage, .funding_stage, .region,
          .inf_modalities, .inf_capabilities, .inf_compliance, .inf_scales, .inf_sites, .inf_funding_stages,
          .neg_modalities, .neg_capabilities, .neg_compliance, .neg_scales, .neg_sites, .neg_funding_stages,
          .certifications, .inf_certifications, .neg_certifications, .inf_criteria, .neg_criteria,
          needs_confidential: coalesce(c.needs_confidential, false)} AS props,
       CASE WHEN c.needs_confidential THEN null ELSE c {.want_capabilities, .avoid_capabilities, .want_criteria}
            END AS buys,
       // what its needs ask for, as a seeker (matching/resident.py reads a seeker from its kept row)
       CASE WHEN c.needs_confidential THEN null ELSE c {.want_modalities, .want_capabilities, .want_funding_stages,
            .want_compliance, .want_scales, .want_sites, .want_certifications} END AS wants,
       EXISTS { (c)-[:SUPPLIES {gmp_use: true}]->(:Organization) } AS gmp_use,
       // what the stored sentences and analysis (matching/sentences) depend on: the matcher keeps
       // them by this stamp, so a candidate seen before needs no second round trip
       [c.vec_rev, c.analyser_version, c.analysis_hash, coalesce(c.needs_confidential, false)] AS stamp,
       // its side of the network facts with a seeker (matching/network.py): each link's type and
       // the other end's id, the seeker's side names them; one pass over its links, not one per kind.
       // Only the ends the facts compare (communities, hubs, organisations): a registration for an
       // event (ATTENDS) or a licensed seed changes no row, so those writes need no row revision.
       [(c)-[r]-(x) WHERE x:Organization OR x:Community OR x:Hub | [type(r), x.id, x:Organization]] AS links,
       fwd, rev
