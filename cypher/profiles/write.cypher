// Store analysed facets apart from the declared ones: inf_* (stated), neg_* (negated or
// excluded), want_* and avoid_* (from the needs), the facets with evidence as JSON, and the
// analyser version and text hash that produced them; row_rev: the candidate-row revision of
// this write (schema/010_row_revision).
UNWIND $rows AS row
MATCH (o:Organization {id: row.id})
SET o += row.props, o.row_rev = $row_rev
