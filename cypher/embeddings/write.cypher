// Store both profile vectors (as float32 vector properties), the sentences and their vectors,
// with the embeddings revision of this write (vec_rev) and its candidate-row revision (row_rev).
UNWIND $rows AS row
MATCH (o:Organization {id: row.id})
CALL db.create.setNodeVectorProperty(o, 'vec_offer', row.offer)
SET o.sent_offer = row.sent_offer, o.sentvec_offer = row.sentvec_offer,
    o.sent_needs = row.sent_needs, o.sentvec_needs = row.sentvec_needs,
    o.embed_hash = row.hash, o.vec_needs = null, o.vec_rev = $revision, o.row_rev = $row_rev
WITH o, row WHERE row.needs IS NOT NULL
CALL db.create.setNodeVectorProperty(o, 'vec_needs', row.needs)
