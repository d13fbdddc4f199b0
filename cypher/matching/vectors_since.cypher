// Offer and shareable needs vectors written after the cache's revision (an index seek on vec_rev).
MATCH (o:Organization)
WHERE o.vec_rev > $since AND o.vec_offer IS NOT NULL
RETURN o.id AS id, o.kind AS kind, o.vec_offer AS vec,
       CASE WHEN o.needs_confidential THEN null ELSE o.vec_needs END AS needs
LIMIT $limit
