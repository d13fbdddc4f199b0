// The ecosystem's change counter: every write through matchmaker (imports, record edits,
// deletions) increments it, so the metrics cache knows its results are stale without scanning.
MERGE (m:_Meta {id: 'graph'}) ON CREATE SET m.version = 0;
