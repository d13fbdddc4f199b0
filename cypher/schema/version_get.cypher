MATCH (m:_Meta {id: 'schema'}) RETURN m.version AS version
