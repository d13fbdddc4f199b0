// Communities for the scorecard's comparison with the overseas reference clusters: every reference
// cluster, the community named by $community, and (when $community is null) every other community
// that discloses figures. Figures are a JSON string (see matchmaker/model/records.py JSON_FIELDS).
MATCH (c:Community)
WHERE c.kind = 'reference' OR c.id = $community OR ($community IS NULL AND c.figures IS NOT NULL)
RETURN c.id AS id, c.name AS name, c.name_ja AS name_ja, c.kind AS kind, c.region AS region,
       c.figures AS figures
ORDER BY c.id
