// API keys (looked up by id, never by secret) and the audit trail of writes, newest first.
CREATE CONSTRAINT api_key_id IF NOT EXISTS FOR (k:ApiKey) REQUIRE k.id IS UNIQUE;
CREATE CONSTRAINT audit_event_id IF NOT EXISTS FOR (a:AuditEvent) REQUIRE a.id IS UNIQUE;
CREATE INDEX audit_event_at IF NOT EXISTS FOR (a:AuditEvent) ON (a.at);
