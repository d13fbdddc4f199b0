// The stored sentences, sentence vectors and analysed facets (with evidence) of the final
// matches, for their reasons. Confidential needs stay out of other organisations' reasons.
UNWIND $ids AS id
MATCH (c:Organization {id: id})
RETURN c.id AS id, c.sent_offer AS sent_offer, c.sentvec_offer AS sentvec_offer,
       CASE WHEN c.needs_confidential THEN null ELSE c.sent_needs END AS sent_needs,
       CASE WHEN c.needs_confidential THEN null ELSE c.sentvec_needs END AS sentvec_needs,
       c.analysis AS analysis, coalesce(c.needs_confidential, false) AS needs_confidential
