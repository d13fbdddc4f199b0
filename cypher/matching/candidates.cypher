// Candidates of the target kinds that pass every filter, best first, with what the matcher scores
// and explains them by. A retriever (matching/retrievers.py) puts one of the `from_*` queries in
// front of this one: each yields the nodes `c` its strategy proposes (`from_ids`: a slice of the
// in-process vector cache's exact ranking; `from_index`: the vector index; `from_scan`: every node
// of the target kinds), and this part filters, orders by the same cosine and keeps the best $k.
// matching/row follows it (the row every candidate query returns).
// The network facts between seeker and candidates are compared in the process (matching/network.py)
// from the candidate's links, which matching/row returns, and the seeker's side.
// A candidate's confidential needs never count: they would move its rank in someone else's results.
WITH c
WHERE c.kind IN $kinds
  AND c.vec_offer IS NOT NULL
  AND ($seeker IS NULL OR c.id <> $seeker)
  AND ($region IS NULL OR c.region = $region)
  AND ($modality IS NULL OR $modality IN c.modalities OR $modality IN c.inf_modalities)
  AND ($capability IS NULL OR $capability IN c.capabilities OR $capability IN c.inf_capabilities)
  AND ($stage IS NULL OR c.stage = $stage OR c.funding_stage = $stage)
  AND ($certification IS NULL OR $certification IN c.certifications OR $certification IN c.inf_certifications)
  AND ($community IS NULL OR EXISTS { (c)-[:MEMBER_OF]->(:Community {id: $community}) })
  AND ($hub IS NULL OR EXISTS { (c)-[:LOCATED_IN]->(:Hub {id: $hub}) })
  AND ($event IS NULL OR EXISTS { MATCH (:Participant {key: $event + '/' + c.id}) })
  AND (NOT $exclude_partners OR $seeker IS NULL
       OR NOT EXISTS { (c)-[]-(:Organization {id: $seeker}) })
// $by_needs (a seeker that offers, such as a parts maker looking for buyers): the query is ranked
// against what candidates look for, never against needs they keep confidential.
WITH c, CASE WHEN NOT $by_needs THEN vector.similarity.cosine(c.vec_offer, $query)
             WHEN c.needs_confidential OR c.vec_needs IS NULL THEN null
             ELSE vector.similarity.cosine(c.vec_needs, $query) END AS fwd
ORDER BY coalesce(fwd, 0.0) DESC, c.id
LIMIT $k
WITH c, fwd,
     CASE WHEN $reverse IS NULL OR c.vec_needs IS NULL OR c.needs_confidential THEN null
          ELSE vector.similarity.cosine(c.vec_needs, $reverse) END AS rev
