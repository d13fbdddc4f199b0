// Remove all ecosystem data, partnering records and the notification outbox (not the schema marker), in batches so large
// graphs fit in memory: 1,000 profiles with their vectors and sentence vectors (20-30 KB each) per
// transaction; 10,000 exceeded the transaction memory pool of a 2 GB heap at 100,000 organisations.
MATCH (n)
WHERE n:Entity OR n:Partnering OR n:Notification OR n:_Gone
CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 1000 ROWS
// every candidate row went at once, without markers: copies older than this epoch load again
WITH count(*) AS deleted
MATCH (m:_Meta {id: 'rows'})
// (a new epoch never used before, in this database or a reset one: schema/010_row_revision)
SET m.revision = m.revision + 1, m.epoch = CASE WHEN timestamp() > m.epoch THEN timestamp() ELSE m.epoch + 1 END
