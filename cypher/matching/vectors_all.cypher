// Every organisation's offer vector and shareable needs vector, for a full load of the matcher's
// vector cache (needs kept confidential never rank anyone, so they never reach the cache).
MATCH (o:Organization)
WHERE o.vec_offer IS NOT NULL
RETURN o.id AS id, o.kind AS kind, o.vec_offer AS vec,
       CASE WHEN o.needs_confidential THEN null ELSE o.vec_needs END AS needs,
       // what a candidate filter can ask for, as the candidate query reads it (declared or stated)
       [m IN coalesce(o.modalities, []) + coalesce(o.inf_modalities, []) | 'modality:' + m]
       + [c IN coalesce(o.certifications, []) + coalesce(o.inf_certifications, []) | 'certification:' + c] AS terms
LIMIT $limit
