// Every embedded organisation, for a full load of the matcher's row store (matching/store.py):
// followed by matching/row, with null similarities (the vector cache computes them).
MATCH (c:Organization)
WHERE c.embed_hash IS NOT NULL
WITH c, null AS fwd, null AS rev
