// The stored sentences, sentence vectors and analysed facets (with evidence) of the final
// matches, for their reasons.
UNWIND $ids AS id
MATCH (c:Organization {id: id})
RETURN c.id AS id, c.sent_offer AS sent_offer, c.sentvec_offer AS sentvec_offer,
       c.sent_needs AS sent_needs, c.sentvec_needs AS sentvec_needs, c.analysis AS analysis
