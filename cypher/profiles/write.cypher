// Store analysed facets apart from the declared ones: inf_* (stated), neg_* (negated or
// excluded), want_* and avoid_* (from the needs), the facets with evidence as JSON, and the
// analyser version and text hash that produced them.
UNWIND $rows AS row
MATCH (o:Organization {id: row.id})
SET o += row.props
