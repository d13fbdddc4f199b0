MERGE (m:_Meta {id: 'schema'}) SET m.version = $version, m.migrated_at = datetime()
