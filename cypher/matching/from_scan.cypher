// Every organisation of the target kinds (exact; for kinds small enough to score them all).
UNWIND $kinds AS kind
MATCH (c:Organization {kind: kind})
