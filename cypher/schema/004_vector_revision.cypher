// Which organisations an embeddings write touched, so the matcher's vector cache loads only those.
CREATE INDEX organization_vec_rev IF NOT EXISTS FOR (n:Organization) ON (n.vec_rev);
