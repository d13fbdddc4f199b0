// Candidates of the target kinds that pass every filter, ranked by the cosine of their offer
// vector to the seeker's query vector. With $use_index the vector index proposes $k_index
// nodes (fast, approximate); otherwise every node of the target kinds is scored (exact). The
// caller falls back to exact when the index leaves fewer than it needs, so a filter never empties
// a result that has qualifying candidates. Each branch runs only when chosen: an UNWIND over an
// empty list yields no rows, so the other branch never scans.
CALL (*) {
  UNWIND CASE WHEN $use_index THEN [1] ELSE [] END AS _
  CALL db.index.vector.queryNodes('org_offer', $k_index, $query) YIELD node
  RETURN node AS c
  UNION ALL
  UNWIND CASE WHEN $use_index THEN [] ELSE $kinds END AS kind
  MATCH (c:Organization {kind: kind})
  RETURN c
}
WITH c
WHERE c.kind IN $kinds
  AND c.vec_offer IS NOT NULL
  AND ($seeker IS NULL OR c.id <> $seeker)
  AND ($region IS NULL OR c.region = $region)
  AND ($modality IS NULL OR $modality IN c.modalities OR $modality IN c.inf_modalities)
  AND ($capability IS NULL OR $capability IN c.capabilities OR $capability IN c.inf_capabilities)
  AND ($stage IS NULL OR c.stage = $stage OR c.funding_stage = $stage)
  AND ($community IS NULL OR EXISTS { (c)-[:MEMBER_OF]->(:Community {id: $community}) })
  AND ($hub IS NULL OR EXISTS { (c)-[:LOCATED_IN]->(:Hub {id: $hub}) })
  AND ($event IS NULL OR EXISTS { MATCH (:Participant {key: $event + '/' + c.id}) })
  AND (NOT $exclude_partners OR $seeker IS NULL
       OR NOT EXISTS { (c)-[]-(:Organization {id: $seeker}) })
WITH c, vector.similarity.cosine(c.vec_offer, $query) AS fwd
ORDER BY fwd DESC, c.id
LIMIT $k
RETURN c {.id, .name, .name_ja, .kind, .modalities, .capabilities, .stage, .funding_stage, .region,
          .inf_modalities, .inf_capabilities} AS props,
       fwd,
       CASE WHEN $reverse IS NULL OR c.vec_needs IS NULL THEN null
            ELSE vector.similarity.cosine(c.vec_needs, $reverse) END AS rev
