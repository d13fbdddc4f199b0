// Restore keys or audit events of one kind ($label: ApiKey or AuditEvent, checked by the caller),
// merged by id so a key made in the fresh database before the restore is kept.
UNWIND $rows AS props
MERGE (n:$($label) {id: props.id})
SET n += props
