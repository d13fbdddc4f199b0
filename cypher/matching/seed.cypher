// A research seed as a seeker: its text and facets, and the organisation that owns it.
MATCH (s:Seed {id: $id})
OPTIONAL MATCH (owner:Organization)-[:OWNS]->(s)
RETURN s {.id, .name, .name_ja, .description, .modalities, .capabilities, .stage} AS props, owner.id AS owner
