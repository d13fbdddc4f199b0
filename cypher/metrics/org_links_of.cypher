// Organisation-to-organisation links of the given types with at least one end in $ids (a filtered
// projection), found from each selected organisation by index seek. A link between two selected
// organisations is returned twice (once from each end); the caller keeps one by $rid. Links
// leaving the selection are how the scorecard finds gatekeepers, so the other end's region and
// kind come along.
UNWIND $ids AS id
MATCH (o:Organization {id: id})-[r:INVESTED_IN|SUPPLIES|OUTSOURCES_TO|COLLABORATES_WITH|SPUN_OUT_FROM|LICENSED_TO|MET_WITH]-(x:Organization)
WHERE type(r) IN $types
WITH r, startNode(r) AS a, endNode(r) AS b
RETURN elementId(r) AS rid, a.id AS source, b.id AS target, type(r) AS type,
       toString(r.since) AS since, toString(r.until) AS until,
       a.region AS source_region, b.region AS target_region, a.kind AS source_kind, b.kind AS target_kind
