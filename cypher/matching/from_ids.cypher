// Candidates from a slice of the vector cache's exact ranking ($ids, best first): the first $k that
// pass the filters (candidates.cypher) are the best $k of the slice.
UNWIND $ids AS id
MATCH (c:Organization {id: id})
