// The candidate rows' change counter (matching/store.py keeps every organisation's candidate row
// in the process and follows it): every write that changes what matching/row returns of an
// organisation (its properties, analysis, vectors' stamp, memberships, hub, partners) takes the
// next revision first (write/row_revision, which also orders such writes) and stamps the
// organisations it touched with it (row_rev); a deletion leaves a _Gone marker with it; a clear
// of every organisation or every vector moves `epoch`, so a copy older than it is loaded again.
// `epoch` starts at the creation time (ms), not 0: after `matchmaker db reset` the revision counts
// from 0 again, and a running API's store of the old database must not take the new one's
// revisions for ones it has already read (clears keep it above the clock, write/clear).
MERGE (m:_Meta {id: 'rows'}) ON CREATE SET m.revision = 0, m.epoch = timestamp();
CREATE INDEX organization_row_rev IF NOT EXISTS FOR (n:Organization) ON (n.row_rev);
CREATE INDEX gone_row_rev IF NOT EXISTS FOR (n:_Gone) ON (n.row_rev);
