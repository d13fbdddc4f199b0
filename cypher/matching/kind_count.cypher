// How many organisations of the target kinds there are (an index count), to choose between
// the vector index and an exact scan.
UNWIND $kinds AS kind
MATCH (c:Organization {kind: kind})
RETURN count(c) AS n
