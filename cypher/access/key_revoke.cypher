// Revoke a key (kept, for the audit trail); revoking twice keeps the first time.
MATCH (k:ApiKey {id: $id})
SET k.revoked_at = coalesce(k.revoked_at, datetime()), k.revoked_by = coalesce(k.revoked_by, $by)
RETURN k {.*, hash: null} AS key
