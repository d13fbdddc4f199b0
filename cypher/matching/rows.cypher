// Candidates the vector cache has already ranked ($ids), for the matcher's row memo: followed by
// matching/row, with null similarities (the cache computes them itself). No vector is read, so a
// row costs its small properties only: at 100,000 organisations the vectors no longer fit a
// 512 MB page cache, and reading 50 of them from disk was most of a match's time. `embed_hash`
// marks a profile with vectors (written and removed with them).
UNWIND $ids AS id
MATCH (c:Organization {id: id})
WHERE c.kind IN $kinds AND c.embed_hash IS NOT NULL
WITH c, null AS fwd, null AS rev
