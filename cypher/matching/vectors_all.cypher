// Every organisation's offer vector, for a full load of the matcher's vector cache.
MATCH (o:Organization)
WHERE o.vec_offer IS NOT NULL
RETURN o.id AS id, o.kind AS kind, o.vec_offer AS vec
LIMIT $limit
