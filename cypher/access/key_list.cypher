// Every key without its hash, newest first; revoked ones only when asked.
MATCH (k:ApiKey)
WHERE $revoked OR k.revoked_at IS NULL
RETURN k {.*, hash: null} AS key
ORDER BY k.created_at DESC, k.id
