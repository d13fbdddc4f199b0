// Remove every profile vector and text-derived facet (before re-embedding with another model).
MATCH (o:Organization) WHERE o.embed_hash IS NOT NULL
CALL (o) {
  REMOVE o.vec_offer, o.vec_needs, o.sent_offer, o.sentvec_offer, o.sent_needs, o.sentvec_needs, o.embed_hash,
         o.inf_modalities, o.inf_capabilities, o.want_modalities, o.want_capabilities, o.want_stages,
         o.want_funding_stages
} IN TRANSACTIONS OF 5000 ROWS
// every candidate row changed at once: copies older than this epoch load again
WITH count(*) AS cleared
MATCH (m:_Meta {id: 'rows'})
// (a new epoch never used before, in this database or a reset one: schema/010_row_revision)
SET m.revision = m.revision + 1, m.epoch = CASE WHEN timestamp() > m.epoch THEN timestamp() ELSE m.epoch + 1 END
