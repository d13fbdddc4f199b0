// Candidates proposed by the vector index on needs vectors ($k_index nodes): for a seeker that
// offers something, what candidates look for is what it is ranked against.
CALL db.index.vector.queryNodes('org_needs', $k_index, $query) YIELD node
WITH node AS c
