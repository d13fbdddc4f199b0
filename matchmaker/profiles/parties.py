"""Who "another party" is, when a text says work is done by someone other than the organisation.

One list, read by every rule that asks whether a step or a product is made elsewhere: the negation
rules' "formulation is done by a partner" / "GMP lots sit with a CDMO" (:mod:`negation`) and the
making rules' "the trial batches were produced by a partner CMO" (:mod:`making`). Three lists with
overlapping members stood there before (issue 15, round 6): a party named in one rule and not in the
other made the same sentence read two ways.

The patterns are bare alternations of nouns (no determiners, no ``\\b`` around them): each rule adds
the words it expects before the noun ("by a", "with our", "に委託").
"""

from __future__ import annotations

# English: the party nouns, singular and plural; a sister or group company may be named by its site
# ("our US sister site", "a group plant", set 2-4 rule 6), and so may a parent company ("made at the parent
# company's plants": the subsidiary makes none of it; set 5 rule 104, issue 15 round 21: writers 7m, 7o).
# A contract lab or contract cell-processing centre (CPC) is another party as a contract manufacturer is ("cell
# manufacturing is performed by a contract CPC"; issue 15, round 22: writers 5g, 7m).
# "external" and "outside" are adjectives that name another party by themselves ("done by external labs");
# "outside" only before a party noun, so a place ("our plant outside Osaka") is not another party.
EN_OTHER_PARTY = (
    r"(?:partners?|collaborators?|third[- ]part(?:y|ies)|subcontract\w*|contractors?"
    r"|contract\s+(?:manufactur\w*|research|organi[sz]ations?|partners?|labs?|laborator(?:y|ies)|cpcs?"
    r"|cell[- ]processing\s+(?:cent(?:re|er)s?|facilit(?:y|ies)))|cdmos?|cmos?|cros?"
    r"|clients?|customers?|sponsors?|licensees?|suppliers?|vendors?"
    r"|(?:sister|group|parent)\s+(?:compan\w*|sites?|plants?|facilit(?:y|ies))|affiliates?|affiliated\s+compan\w*|other\s+compan\w*|hospitals?|universit(?:y|ies)"
    r"|external|outside(?=\s+(?:firms?|compan\w*|labs?|laborator\w*|vendors?|suppliers?|providers?"
    r"|contractors?|manufacturers?|facilit\w*|sites?|partners?|organi[sz]ations?|parties)\b))"
)

# Japanese: the same parties ("提携先", "委託先", "協力会社", "CMO", "受託製造会社", "連携先の病院"); a licensee
# ("ライセンス先", "導出先") as the English list's "licensees" (issue 15, round 20: writers 7n and 7o).
# 受託 alone is taking work on (the organisation's own), never another party.
JA_OTHER_PARTY = (
    r"(?:提携先?|連携先|パートナー|協力会社|共同研究先|委託先|外部|他社|顧客|グループ会社|関連会社|姉妹会社"
    r"|ライセンス先|導出先|病院|大学|cdmo|cmo|cro|受託製造(?:会社|企業|機関))"
)
