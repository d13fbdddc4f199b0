// Candidates proposed by the vector index on offer vectors ($k_index nodes; fast, approximate).
CALL db.index.vector.queryNodes('org_offer', $k_index, $query) YIELD node
WITH node AS c
