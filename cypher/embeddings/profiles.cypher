// The fields a profile vector is made from, with the hash of what was last embedded.
UNWIND $ids AS id
MATCH (o:Organization {id: id})
RETURN o {.id, .kind, .name, .name_ja, .description, .needs, .modalities, .capabilities, .embed_hash} AS props
