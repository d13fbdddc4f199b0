// The final page's round trip, the one a match by id waits for: the stored sentences, sentence
// vectors and analysed facets (with evidence) of the final matches, for their reasons; the names of
// the communities, hubs and partners their network facts name; and the embeddings meta (as
// embeddings/meta_get), which a match ranked from the process's own copies of the graph
// (matching/resident.py) is checked against. One row always (`model` null when nothing is embedded).
// Confidential needs stay out of other organisations' reasons. The ids come in one map, `$page`: Neo4j
// keys its plan cache by the parameters' types and list sizes, so four lists, each empty or not, planned
// this query up to sixteen times (130-160 ms each, on a match's path); a map is one type.
OPTIONAL MATCH (m:_Meta {id: 'embeddings'})
OPTIONAL MATCH (g:_Meta {id: 'graph'})
OPTIONAL MATCH (w:_Meta {id: 'rows'})
RETURN m.model AS model, coalesce(m.revision, 0) AS revision, coalesce(g.version, 0) AS version,
       coalesce(w.revision, 0) AS rows, coalesce(w.epoch, 0) AS epoch,
       COLLECT {
         UNWIND $page.ids AS id
         MATCH (c:Organization {id: id})
         RETURN {id: c.id, sent_offer: c.sent_offer, sentvec_offer: c.sentvec_offer,
                 sent_needs: CASE WHEN c.needs_confidential THEN null ELSE c.sent_needs END,
                 sentvec_needs: CASE WHEN c.needs_confidential THEN null ELSE c.sentvec_needs END,
                 analysis: c.analysis, needs_confidential: coalesce(c.needs_confidential, false)}
       } AS sentences,
       COLLECT {
         UNWIND $page.communities AS id
         MATCH (c:Community {id: id})
         RETURN {id: c.id, en: coalesce(c.name, c.id), ja: coalesce(c.name_ja, c.name, c.id)}
       } AS communities,
       COLLECT { UNWIND $page.hubs AS id MATCH (h:Hub {id: id}) RETURN {id: h.id, name: coalesce(h.name, h.id)} } AS hubs,
       COLLECT { UNWIND $page.partners AS id MATCH (p:Organization {id: id}) RETURN {id: p.id, name: p.name} } AS partners
