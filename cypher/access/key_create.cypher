// A new API key. Only the SHA-256 of its secret is stored; the secret is shown once, at creation.
CREATE (k:ApiKey {id: $id, hash: $hash, name: $label, role: $role, org: $org, community: $community,
                  events: $events, rate_limit: $rate_limit, created_at: datetime(), created_by: $created_by,
                  expires_at: CASE WHEN $expires_in_days IS NULL THEN null
                                   ELSE datetime() + duration({days: $expires_in_days}) END})
RETURN k {.*, hash: null} AS key
