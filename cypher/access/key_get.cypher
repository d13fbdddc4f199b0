// One key by id, with its hash, for checking a presented secret.
MATCH (k:ApiKey {id: $id})
RETURN k {.*} AS key
