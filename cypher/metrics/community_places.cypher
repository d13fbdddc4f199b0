// Where a community (or each, when $community is null) and its members are: its hubs (PART_OF) and
// every member (MEMBER_OF) with its own location fields and its hub's (LOCATED_IN), for the
// distance rule of the certification readiness (matchmaker/metrics/scorecard.py).
MATCH (c:Community)
WHERE $community IS NULL OR c.id = $community
WITH c,
     COLLECT {
       MATCH (h:Hub)-[:PART_OF]->(c)
       RETURN {id: h.id, name: h.name, name_ja: h.name_ja, region: h.region, municipality: h.municipality,
               latitude: h.latitude, longitude: h.longitude}
       ORDER BY h.id
     } AS hubs,
     COLLECT {
       MATCH (o:Organization)-[:MEMBER_OF]->(c)
       OPTIONAL MATCH (o)-[:LOCATED_IN]->(oh:Hub)
       WITH o, head(collect(oh)) AS oh
       RETURN {id: o.id, name: o.name, name_ja: o.name_ja, kind: o.kind, region: o.region,
               municipality: o.municipality, latitude: o.latitude, longitude: o.longitude,
               hub: CASE WHEN oh IS NULL THEN null ELSE {id: oh.id, region: oh.region,
                    municipality: oh.municipality, latitude: oh.latitude, longitude: oh.longitude} END}
       ORDER BY o.id
     } AS members
RETURN c.id AS id, c.kind AS kind, c.region AS region, hubs, members
ORDER BY c.id
