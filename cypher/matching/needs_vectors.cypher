// Every organisation's needs vector (what it looks for), for the supplier direction's
// embedding-only baseline in bench/match_quality.py.
MATCH (o:Organization)
RETURN o.id AS id, o.kind AS kind, o.vec_needs AS vec
