// Every organisation's offer vector (what it is and offers), for the embedding-only baseline of
// bench/match_quality.py.
MATCH (o:Organization)
RETURN o.id AS id, o.kind AS kind, o.vec_offer AS vec
