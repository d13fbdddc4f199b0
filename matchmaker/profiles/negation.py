"""Is a vocabulary mention affirmed or negated? Rules for English and Japanese.

Both follow the NegEx idea (Chapman et al., 2001, "A simple algorithm for identifying negated
findings and diseases in discharge summaries", J. Biomed. Inform. 34:301): a trigger negates the
mentions inside its scope, and the scope ends at a clause boundary. What differs is where the
trigger sits.

A step handed to someone else is negated too ("formulation is done by a partner", "we outsource
fill-finish", "製剤化は外部委託", "充填は提携先に委託"), unless the sentence asks for it ("we want to
outsource formulation" states a need).

English triggers mostly precede the mention ("not GMP-certified", "no therapeutics", "excluding
seed", "have not yet started IND-enabling studies"), a few follow it ("oncology is outside our
scope"), and a prefix attaches to it ("non-GLP"). The scope is the clause: it ends at ``; : ( ) —``,
at a comma that starts a new clause (", but", ", and", ", so", ...) and at contrastive conjunctions
("but", "whereas", "while"). "not only" is not a negation; "only X" limits but affirms X.

Japanese negation is predicate-final, so the trigger follows the mention: an auxiliary or
adjective whose lemma is ない/ず/ぬ (``ません``, ``ず``, ``ではなく``), 無し, 除く, 対象外, or a
prefix before it (非/未/不/無: ``非GLP``, ``未承認``). The scope runs from the mention to the end
of its clause: a full stop, a contrastive conjunctive particle (が, けど, のに), or a comma after a
predicate (``…持ち、``, ``…CDMOで、``); a comma after a noun only separates list items. Limiting
forms read as affirmations: ``Xのみ``, ``Xだけ``, ``Xしか…ない`` and ``X以外には…ない`` state X
(only); ``X以外`` without a negation excludes X.
"""

from __future__ import annotations

import re
from typing import Literal

from matchmaker.profiles.parties import EN_OTHER_PARTY, JA_OTHER_PARTY
from matchmaker.profiles.tokenize import Token

Polarity = Literal["positive", "negative"]

# --- English --------------------------------------------------------------------------------

_EN_BOUNDARY = re.compile(
    r"[;:()\u2014]"
    r"|,\s*(?=(?:but|and|so|while|whereas|which|although|though|yet|as|with|plus)\b)"
    r"|\b(?:but|whereas|while|although)\b|\bhowever\b(?!\s*,)"  # ", however," is an aside, not a new clause
)
_EN_CUE = re.compile(
    r"\b(?:not|no|never|without|cannot|neither|nor|none|lacks?|lacking|exclud\w*|except|avoid\w*"
    r"|outside|rather than|instead of|other than)\b|n't\b"
)
_EN_NOT_ONLY = re.compile(r"\s+only\b")
_EN_POST = re.compile(
    r"^[\s,\w-]{0,60}?\b(?:is|are|remains?)\s*,?\s*(?:however\s*,\s*)?(?:not\b|outside\b|beyond\b|excluded\b"
    # ... "out of our scope" too (issue 15, round 21: writer 6l)
    r"|out of (?:our |its |their )?scope|n/a\b|not available\b|unavailable\b)"
    # ... also after the step's head noun, as terse listings put it ("DS manufacture not offered"; round 22)
    r"|^(?:\s+(?:manufactur\w*|production|making|work|services?))?\s*(?:excluded|not offered)\b"
    # ... or handed on with no verb before, as notes put it ("API fully outsourced", "vial filling outsourced to
    # a CMO"; issue 15, round 24: writers 6j and 8q)
    r"|^(?:\s+(?:manufactur\w*|production|making|work|services?))?\s*(?:(?:fully|entirely|wholly|completely)\s+)?"
    r"(?:outsourced|subcontracted|contracted out)\b"
    # outsourced: "formulation is done by a partner", "fill-finish is outsourced", "handled by partner CDMOs"
    r"|^[\s,\w'-]{0,40}?\b(?:is|are|gets?)\s+(?:\w+\s+|\d+\s?%\s+)?"
    r"(?:outsourced|subcontracted|contracted (?:out|to)|bought|purchased|procured|sourced|(?:in-)?licensed from)\b"
    # ... or licensed from another ("the cap analogue is licensed from a US maker"), or bought in with no verb
    # before, the parts of a listing joined by "and" ("cap analogue and lipids bought in from suppliers"), not a
    # clause after a comma ("under GMP, using vector purchased from ..."); issue 15, round 25: writers 5g and 8q,
    # as 3c's "are purchased, not our own"
    r"|^(?:\s*(?:and|&|/)\s*[\w-]+(?:\s+[\w-]+){0,2}?)?\s+(?:bought[- ]in|(?:purchased|procured|sourced)\s+from)\b"
    # ... or referred on ("formulation is referred to a sister company"; issue 15, round 19: writers 6k, 7m), or
    # entrusted ("commercial production is entrusted to a CMO", round 21: writer 7o, beside 7m's parent company)
    # ... or left to another ("toxicology is left to partner CROs", "later rounds are left to other investors";
    # round 22: writers 5h, 5i)
    r"|^[\s,\w'-]{0,40}?\b(?:is|are) (?:handed|transferred|passed|referred|entrusted|left) (?:over )?to\b"
    # ... or sent on to a named party ("DP goes to a partner in Korea", "those studies go to a partner facility";
    # issue 15, round 25: writers 3c and 8q)
    r"|^[\s,\w'-]{0,40}?\b(?:goes|go|went|is sent|are sent)\s+(?:on\s+)?to\s+(?:a |an |our |the |its )?"
    rf"(?:[\w-]+\s+){{0,2}}?{EN_OTHER_PARTY}\b"
    # ... or to be handed over ("to which commercial manufacture will be transferred", issue 15 round 9)
    r"|^[\s,\w'-]{0,40}?\bwill be (?:tech(?:nology)?[- ])?(?:handed|transferred|passed)(?: over)?"
    r"(?: to\b|\s*[.;,]|\s*$)"
    # ... or its process handed on: "for clinical lots we transfer the process to a partner" (round 9)
    r"|^[\s,\w'-]{0,20}?\bwe\s+(?:tech(?:nology)?[- ])?transfer\s+(?:the\s+|our\s+|its\s+)?"
    r"(?:process|method|technology)\w*\s+to\b"
    r"|^[\s,\w'-]{0,40}?\b(?:done|handled|performed|carried out|made|provided|covered|conducted|supplied|sourced"
    r"|run|produced|manufactured|undertaken|arranged|filled|synthesi[sz]ed|offered)\s+"
    # ... also with an "on request" between ("fill-finish can be arranged on request through a partner"; round 23),
    # or an "only" ("CLD is offered only by partner CDMOs"; round 25: writers 6l and 8r, with "offered by")
    r"(?:(?:on request|if (?:needed|required)|as (?:needed|required)|where (?:needed|required)|only|solely"
    r"|exclusively)\s+)?"
    r"(?:by|through|via|at|from)\s+(?:a |an |our |the |its |one of our )?(?:[\w-]+\s+){0,2}?"
    rf"{EN_OTHER_PARTY}\b"
    # ... or arranged with one ("QC testing is arranged with partner labs"; issue 15, round 25: writers 5g, 5i)
    r"|^[\s,\w'-]{0,40}?\barranged\s+with\s+(?:a |an |our |the |its )?(?:[\w-]+\s+){0,2}?"
    rf"{EN_OTHER_PARTY}\b"
    # ... or the way named right after the step, without a verb, as terse listings do ("fill-finish via a
    # sister company", "vial filling -> partner site", "DS lots through partner CMOs"); also "arranged through"
    # and "filled by" (issue 15, round 14: ind5g, ind5h, ind5i)
    r"|^\s*(?:(?:via|through)\s+|(?:\u2192|->)\s*)(?:a |an |our |the |its |one of our )?(?:[\w-]+\s+){0,2}?"
    rf"{EN_OTHER_PARTY}\b"
    # ... or clients pointed to a partner for it ("for GMP lots we refer clients to a partner CDMO"; issue 15,
    # round 23: writer 6l, as 7o's "治験薬が必要なお客様には提携先をご紹介")
    r"|^\s*,?\s*we\s+(?:can\s+|will\s+|would\s+)?(?:introduce|refer|connect|direct)\s+(?:you|clients|customers|them)\s+"
    rf"to\s+(?:a |an |our |the |its )?(?:[\w-]+\s+){{0,2}}?{EN_OTHER_PARTY}\b"
    # ... or the maker's premises named with "at" ("cell manufacturing at a contract CPC", "DS at a partner CMO");
    # only a making party named with an article, since work "at client sites" is still the organisation's and
    # "used in production at many CDMOs" names customers (issue 15, round 22: writers 5g, 7m)
    r"|^\s*at\s+(?:a |an |our |the |its |one of our )(?:[\w-]+\s+){0,2}?"
    r"(?:partners?|cdmos?|cmos?|contract\s+(?:manufactur\w*|cpcs?|cell[- ]processing)"
    r"|(?:sister|group|parent)\s+compan\w*)(?!'s)\b"
)
# outsourcing said before the step: "we outsource formulation", "partners handle fill-finish"
_EN_OUTSOURCE_PRE = re.compile(
    r"\bwe (?:outsource|subcontract|buy|purchase|procure|source)\b"
    r"|\b(?:rely|relies|depend\w*) on (?:\w+ ){0,2}partners? for\b"
    r"|\bpartners? (?:handle|perform|do|take care of)\b"
)
# a sentence that asks for something ("we want to outsource formulation") states a need, not an absence
_EN_DESIRE = re.compile(r"\b(?:looking for|look for|seek\w*|want\w*|need\w*|would like|wish)\b")
_EN_PREFIX = re.compile(r"(?:\bnon|\bun)[-\s]?$")
# a study named with its standard ("GLP toxicology", "GLP tox"): a "non-" before it qualifies the standard, and
# "non-GLP toxicology" is toxicology still done, as writers label non-GLP studies (issue 15, round 25: ind, 5h,
# 6k, 7o, 8r)
_EN_STANDARD_NAMED = re.compile(r"glp[\s-]+\w")
_EN_ONLY_AFTER = re.compile(r"(?:\s+[\w-]+){0,2}?\s+only\b")


# In a needs text, a category said to be covered ("filters are covered by our current supplier",
# "フィルターは既存サプライヤーで充足") is not sought; buying it is no negation there but what a
# buyer does.
_EN_COVERED = re.compile(
    r"^[\s,\w-]{0,30}?\b(?:is|are)\s+(?:already\s+|fully\s+|well\s+)?(?:covered|sorted|secured|in place)\b"
    r"|^[\s,\w-]{0,30}?\bno (?:need|plans?) to change\b|^[\s,\w-]{0,40}?\bno (?:additional |new |further )?"
    r"(?:suppliers?|sources?) (?:is |are )?(?:needed|required)\b|^[\s,\w-]{0,30}?\b(?:is|are) not needed\b"
)
_JA_COVERED = re.compile(
    r"充足|足りて|間に合って|不要|必要(?:は)?(?:ない|ありません)|問題(?:は)?(?:なく|ありません)"
    r"|変更(?:の)?予定(?:は)?(?:なし|ありません)|予定はありません"
)


def _en_clause(sentence: str, start: int, end: int) -> tuple[int, int]:
    """Where the clause holding the mention ``sentence[start:end]`` starts and ends."""
    clause_start, clause_end = 0, len(sentence)
    for m in _EN_BOUNDARY.finditer(sentence):
        if m.end() <= start:
            clause_start = m.end()
        elif m.start() >= end:
            clause_end = m.start()
            break
    return clause_start, clause_end


# a field given no value, in a terse listing: "commercial: n/a", "Phase 3: none", "GMP: no", "GMP: not at present"
# ... or a value that hands it to others: "fill/finish: via partner", "DS: client-supplied", "lipids: bought in"
# ... or a verb with the way: "formulation: done via partner CMO", "GLP studies: referred to partner CRO" (issue 15,
# round 19: writers 6k, 7m)
# ... also with a head word after the mention or further conjuncts before the colon ("bioreactor hardware: not
# made", "LNP formulation and lipid supply: not offered") (issue 15: ind3b, ind4e)
_EN_FIELD_NONE = re.compile(
    r"(?:\s+(?!(?:and|only)\b)[a-z][\w-]{1,15}){0,2}?"
    r"(?:\s*(?:,|&|/|and)\s*(?!only\b)[\w-]{1,16}(?:\s+(?!(?:and|only)\b)[\w-]{1,16}){0,2}?){0,3}?\s*:\s*"
    r"(?:n/?a|none|no|never|not (?:offered|available|supported|possible|made|manufactured|produced|ours|at present"
    r"|currently|in scope)|out of scope|unavailable"
    r"|(?:(?:(?:handled|done|made|performed|run|supplied|referred)\s+)?(?:via|by|at|through|from|to)\s+)?"
    r"(?:an?\s+|the\s+|our\s+)?"
    r"(?:partners?|external|outsourced|third[- ]part\w*|cdmos?|cmos?|cros?|clients?|customers?|sister compan\w*"
    r"|group compan\w*|affiliates?)|client-supplied|customer-supplied|bought[- ]in|purchased|outsourced)\b"
)


# a field whose label rules out its values: "Not available: autologous manufacturing, commercial supply",
# "Exclusions: medical devices", "Out of scope: cell therapy", "Out of scope -> GMP work" (issue 15: ind3b, ind4f);
# "Not offering:" (round 21: 6k)
_EN_FIELD_LABEL_NONE = re.compile(
    r"(?:^|[\s|\u2013\u2014-])(?:not (?:available|offered|offering|provided|supported|possible|done|in scope)"
    # ... or hands them over ("Outsourced: DMPK, GLP tox", "Subcontracted: sterility testing"; round 22: writer 6j,
    # as 6k's "Not offering:" and 5g's "Out of scope ->")
    r"|out of scope|excluded|exclusions?|unavailable|not our business|outsourced|subcontracted|contracted out)"
    r"\s*(?::|\u2192|->)\s*$"
)
# a field starts after a full stop, a bar or a spaced dash; a semicolon separates the values of one field ("Not
# offered: oligos; sterile fill", "Out of scope -> GMP work; monitoring"; round 22: writer 5g, three rows)
_EN_FIELD_START = re.compile(r"[.|]\s|[.|]$|\s[\u2013\u2014]\s")


def _field_label_none(sentence: str, start: int) -> bool:
    """Whether ``sentence[start]`` is in the value of a field whose label rules its values out
    (:data:`_EN_FIELD_LABEL_NONE`)."""
    lo = max((b.end() for b in _EN_FIELD_START.finditer(sentence, 0, start)), default=0)
    # the label ends at a colon or, in terse listings, an arrow ("Out of scope \u2192 GMP manufacturing"; issue 15,
    # round 21: writer 5g)
    colon = max(sentence.rfind(":", lo, start), sentence.rfind("\u2192", lo, start), sentence.rfind(">", lo, start))
    return colon >= 0 and bool(_EN_FIELD_LABEL_NONE.search(sentence, lo, colon + 1))


# the making moved to another party by a transfer said before it: "transferred production of its marketed
# products to a contract manufacturer", "then tech transfer to a CDMO for the GMP clinical material" (issue 15,
# round 22: writers 5h, 6l); the step goes to that party, the organisation does not do it
_EN_PARTY_AFTER = rf"(?:an?\s+|the\s+|our\s+|its\s+)?(?:[\w-]+\s+){{0,2}}?{EN_OTHER_PARTY}\b"
_EN_TRANSFER_BEFORE = re.compile(
    r"\b(?:transfer(?:s|red|ring)?|hand(?:s|ed|ing)\s+over)\s+(?:the\s+|its\s+|our\s+|all\s+)?$"
)
_EN_TRANSFER_TO_AFTER = re.compile(rf"^(?:\s+[\w-]+){{0,5}}?\s+to\s+{_EN_PARTY_AFTER}")
_EN_TRANSFER_FOR_BEFORE = re.compile(
    rf"\btech(?:nology)?[- ]transfer\w*\s+to\s+{_EN_PARTY_AFTER}\s+for\s+(?:the\s+|our\s+|its\s+)?(?:[\w-]+\s+){{0,2}}$"
)


def _transferred(sentence: str, clause_start: int, start: int, end: int, clause_end: int) -> bool:
    """Whether the mention ``sentence[start:end]`` is transferred to another party (:data:`_EN_TRANSFER_BEFORE`)."""
    if _EN_TRANSFER_FOR_BEFORE.search(sentence, clause_start, start):
        return True
    return bool(
        _EN_TRANSFER_BEFORE.search(sentence, clause_start, start)
        and _EN_TRANSFER_TO_AFTER.match(sentence[end:clause_end])
    )


def english_polarity(sentence: str, start: int, end: int, need: bool = False) -> Polarity:
    """Polarity of the mention ``sentence[start:end]`` (a normalised English sentence); ``need``:
    the sentence is from a needs text (see :data:`_EN_COVERED`)."""
    # a field label stated exclusively is affirmed, its value negates what follows: "research use only: no GMP
    # work" (issue 15, round 15: writer 5g), as against "GMP: no"
    exclusive_label = sentence[start:end].endswith(" only")
    prefixed = _EN_PREFIX.search(sentence, 0, start) and not _EN_STANDARD_NAMED.match(sentence, start, end)
    if prefixed or (_EN_FIELD_NONE.match(sentence, end) and not exclusive_label):
        return "negative"
    if _field_label_none(sentence, start):
        return "negative"
    clause_start, clause_end = _en_clause(sentence, start, end)
    for cue in _EN_CUE.finditer(sentence, clause_start, start):
        if cue.group(0) == "not" and _EN_NOT_ONLY.match(sentence, cue.end()):
            continue
        return "negative"
    if need:
        negated = _EN_POST.search(sentence[end:clause_end]) and "not" in sentence[end:clause_end]
        return "negative" if negated or _EN_COVERED.search(sentence[end:clause_end]) else "positive"
    # "X only and is not offered for Y": a mention stated exclusively is affirmed, the negation is Y's
    only = sentence[start:end].endswith(" only") or _EN_ONLY_AFTER.match(sentence, end)
    post = None if only else _EN_POST.search(sentence[end:clause_end])
    outsourced = _EN_OUTSOURCE_PRE.search(sentence, clause_start, start)
    outsourced = outsourced or _transferred(sentence, clause_start, start, end, clause_end)
    # the wish is read in the clause: "manufacturing is outsourced; we are looking for a CDMO" still hands it over
    if (post or outsourced) and not _EN_DESIRE.search(sentence, clause_start, clause_end):
        return "negative"
    return "positive"


def english_outsourced(sentence: str, start: int, end: int) -> bool:
    """Whether the mention ``sentence[start:end]`` is handed to someone else ("GMP batches are made by a
    partner CMO", "we outsource fill-finish"), as distinct from negated outright."""
    clause_start, clause_end = _en_clause(sentence, start, end)
    handed = _EN_POST.search(sentence[end:clause_end]) or _EN_OUTSOURCE_PRE.search(sentence, clause_start, start)
    handed = handed or english_held_by_partner(sentence, end)
    return bool(handed) and "not" not in sentence[end:clause_end] and not _EN_DESIRE.search(sentence)


# --- Japanese -------------------------------------------------------------------------------

_JA_PREFIX = {"非", "未", "不", "無"}
_JA_NEG_LEMMA = {"ない", "無い", "ず", "ぬ", "無し", "除く", "除外"}
_JA_NEG_SURFACE = {"なし", "無し", "除き", "除く", "対象外", "不可"}  # 不可: "対応不可", not possible
# "regardless of X" (Xを問わず) and "not limited to X" (Xに限らず) are not negations of X.
_JA_NOT_NEGATING = {"問う", "限る"}
_JA_OUT_OF = {"対象", "範囲", "対応"}
_JA_CONTRAST = {"が", "けど", "けれど", "けれども", "のに", "ものの"}
_JA_STOP = {"。", "!", "?", "！", "？", ";", "；"}  # "；" separates the fields of a terse listing
_JA_PREDICATE = {"動詞", "助動詞", "形容詞"}


# A loaned "non" before a mention in Japanese text ("ノンGMPグレード", "non-GLP試験"): as 非 (issue 15).
_JA_LOAN_NON = {"ノン", "non"}


def _ja_loan_prefix(tokens: list[Token], first: int) -> bool:
    before = [t.surface for t in tokens[max(0, first - 2) : first]]
    if before and before[-1] == "-":
        before = before[:-1]
    return bool(before) and before[-1] in _JA_LOAN_NON


def _is_negation(tokens: list[Token], k: int) -> bool:
    tok = tokens[k]
    prev = tokens[k - 1] if k > 0 else None
    if tok.surface == "外" and prev is not None and prev.surface in _JA_OUT_OF:
        return True  # 対象外, 範囲外, 対応外: outside what is done
    if tok.surface in ("対応", "該当") and prev is not None and prev.surface == "非":
        return True  # 非対応, 非該当: not handled, does not apply
    if tok.surface == "対応" and prev is not None and prev.surface == "未":
        return True  # 未対応: not handled yet, which rules the step out now (writers 5i, 8r)
    if tok.surface in _JA_NEG_SURFACE:
        return True
    if tok.lemma in _JA_NEG_LEMMA and tok.pos1 in {"助動詞", "形容詞", "動詞", "名詞"}:
        return not (tok.lemma in {"ない", "ず", "ぬ"} and prev is not None and prev.lemma in _JA_NOT_NEGATING)
    # "before starting X" (Xを開始する前): the state has not been reached yet.
    return tok.surface == "前" and prev is not None and prev.pos1 == "動詞"


def _ends_clause(tokens: list[Token], k: int) -> bool:
    tok = tokens[k]
    if tok.surface in _JA_STOP:
        return True
    if tok.pos2 == "接続助詞" and tok.surface in _JA_CONTRAST:
        return True
    if tok.pos1 == "接続詞" and tok.lemma == "但し":
        return True  # "治験薬GMP準拠、ただし商用は未対応": the proviso's negation is its own clause's
    if tok.surface in {"、", ","} and k > 0:
        prev = tokens[k - 1]
        if prev.surface in _JA_DOING and k > 1 and tokens[k - 2].surface in _JA_PREDICATE_CASE:
            return True  # "分析法開発は本社ラボで実施、安定性試験は…": a noun of doing as the predicate
        # ... or "only" closing a clause of its own ("試薬は研究用のみ、臨床用途への供給はしていません"): an
        # exclusive statement, which a negation after the comma does not reach (writer 6k); so is "up to" as a
        # limit ("GMP製造は治験用まで、商用は対応外": the commercial denial is the next clause's; round 24: 8q)
        return prev.pos1 in _JA_PREDICATE or prev.pos2 == "接続助詞" or prev.surface in _JA_LIMIT_END
    return False


# the particles that close a clause of their own before a comma (see :func:`_ends_clause`)
_JA_LIMIT_END = frozenset({"で", "て", "のみ", "だけ", "まで"})


# A noun of doing ends its clause at a comma when a case particle other than の governs it, as a verb
# would ("ラボで実施、", "自社で対応、"): the next list item is another clause (issue 15, round 9: ind4e).
# After の it is a noun in a list ("試験の実施、報告書の作成は行っていません": one negated list).
_JA_DOING = frozenset({"実施", "対応", "受託", "提供", "担当", "製造", "生産", "運営"})
_JA_PREDICATE_CASE = frozenset({"で", "にて", "に", "を", "が", "は", "も"})


# Outsourced: "製剤化は外部委託", "充填は提携先に委託しています", "分析は協力会社が担当", a licensee taking a step
# on ("商用生産はライセンス先が担う", issue 15 round 20: writers 7n and 7o). 受託 (taking on
# work) is the opposite and never matches; 委託 alone counts only with whom it goes to. Raising money
# ("資金調達", "5億円を調達") is no procurement.
_JA_OUTSOURCE = re.compile(
    r"外部委託|外注|購入|(?<!資金)(?<!円を)(?<!円の)調達"
    r"|(?:提携|パートナー|協力会社|他社|外部|委託先|グループ会社|関連会社|姉妹会社|顧客|導出先|ライセンス先|ライセンシー)"
    # ... also with its name after の ("充填は姉妹会社の〇〇株式会社が担う"; issue 15, round 21: writers 7n and 7o
    # hand steps to group companies so; a bare 子会社 stays out, a subsidiary's lab being the group's own site)
    r"(?:[^、。]{0,8}?|の[^、。]{1,20}?(?:株式会社|会社|社))"
    r"(?:に|へ|が|で|から|を通じて)"
    # handed to whoever is named ("CROに委託", "CDMOへ委託いただく"), or asked of a contractor ("CROに依頼")
    r"|(?:に|へ)(?:外部)?委託|(?:cro|cdmo|cmo)(?:など)?(?:に|へ)依頼"
    # ... or moved over to a contract maker ("上市品の生産を受託製造会社に移管", "CMOへ技術移管して治験薬を製造";
    # issue 15, round 22, as English "transferred production to a contract manufacturer": writers 5h, 6l)
    r"|(?:cdmo|cmo|受託製造(?:会社|企業|機関))(?:など)?(?:に|へ)(?:技術)?移管"
    # ... or pointed at right after the step, as terse listings do ("充填→姉妹会社の工場") (issue 15, round 14)
    rf"|^\s*(?:\u2192|->)\s*{JA_OTHER_PARTY}"
    # ... or clients who need it pointed to a partner ("GMP原薬が必要なお客様には提携先CDMOをご紹介"; round 23: writer
    # 7o, as 6l's "for GMP lots we refer clients to a partner")
    r"|^(?:が|を)(?:必要|ご希望|お求め)[^。]{0,14}?(?:提携|パートナー|協力会社|他社|外部)[^、。]{0,8}?を(?:ご)?紹介"
    # ... or named as the topic's predicate, as notes put it ("充填は海外の提携先。", "製剤化は協力会社です")
    # (issue 15, round 23: writers 8q, 8r beside the English "fill-finish can be arranged through a partner")
    r"|^(?:(?:・|及び|および)[^、。・は]{1,12})*は[^、。]{0,10}?(?:提携先|パートナー(?:企業)?|協力会社|委託先|外部(?:企業|業者)?|他社)"
    r"(?:です|となります|となっております|である)?$"
)
# ... or named as where it runs: "毒性試験はCROで実施中", "受託機関にて実施されている" (issue 15)
# ... or as who takes it over ("商用生産は海外CDMOが引き継ぐ", issue 15 round 14)
_JA_AT_CONTRACTOR = re.compile(
    r"(?:cro|cdmo|cmo|受託機関|受託試験機関|委託先)(?:で|にて|が)(?:実施|製造|行|担当|生産|引き?継)"
)
_JA_DESIRE = re.compile(r"したい|探して|求めて|希望|望まし|募集|検討して|お願い(?!して(?:い|お))")


def _clause_after(tokens: list[Token], last: int) -> str:
    clause = []
    for k in range(last, len(tokens)):
        if _ends_clause(tokens, k):
            break
        clause.append(tokens[k].surface)
    return "".join(clause)


def _outsourced_after(tokens: list[Token], last: int) -> bool:
    """Whether the clause after a mention hands it to someone else (:data:`_JA_OUTSOURCE`)."""
    text = _clause_after(tokens, last)
    # a contractor named as where the work runs is read outside brackets: an aside is about something
    # else ("第2相実施中、B品は非臨床(毒性試験はCROで実施)")
    at_contractor = _JA_AT_CONTRACTOR.search(re.sub(r"[(（][^)）]*[)）]?", "", text))
    # the wish is read in the clause: "毒性試験はCROに委託しており、CDMOを探しています" hands the tests over
    return bool(_JA_OUTSOURCE.search(text) or at_contractor) and not _JA_DESIRE.search(text)


def japanese_outsourced(tokens: list[Token], last: int) -> bool:
    """Whether the mention ending before ``tokens[last]`` is handed to someone else ("GMP製造は提携先へ
    技術移管"), as distinct from negated outright."""
    return _outsourced_after(tokens, last)


def japanese_polarity(tokens: list[Token], first: int, last: int, need: bool = False) -> Polarity:
    """Polarity of the mention spanning ``tokens[first:last]`` of a tokenised Japanese sentence;
    ``need``: from a needs text (see :data:`_JA_COVERED`)."""
    if first > 0 and tokens[first - 1].surface in _JA_PREFIX and tokens[first - 1].pos1 == "接頭辞":
        return "negative"
    if _ja_loan_prefix(tokens, first):
        return "negative"
    excluded = limited = negated = False
    for k in range(last, len(tokens)):
        tok = tokens[k]
        if tok.surface == "以外" and k <= last + 1:
            excluded = True
            continue
        if tok.surface == "しか":
            limited = True
            continue
        if _is_negation(tokens, k):
            negated = True
            break
        if _ends_clause(tokens, k):
            break
    if excluded:
        return "positive" if negated else "negative"
    if negated and not limited:
        return "negative"
    if need:
        return "negative" if _JA_COVERED.search("".join(t.surface for t in tokens[last:])) else "positive"
    if _outsourced_after(tokens, last):
        return "negative"
    return "positive"


# --- arranged through partners (issue 15) ------------------------------------------------------

# A step arranged through a partner named before it ("提携CROを通じた非臨床試験の手配", "through partner
# CROs we also arrange toxicology"): the partner does it.
_JA_VIA_PARTNER_BEFORE = re.compile(
    r"(?:提携|パートナー|協力|外部|委託先)[^、。]{0,10}?(?:を通じ|を通して|経由|を介)"
    # ... or as the place the step is done, right before it ("現在は提携先で充填を行う"; round 23: writer 8p)
    r"|(?:提携先|パートナー(?:企業)?|協力会社|委託先|外部(?:企業|業者)?|他社)(?:の(?:工場|施設))?(?:で|にて)$"
)
_EN_VIA_PARTNER_BEFORE = re.compile(
    r"\b(?:through|via|by way of)\s+(?:a |an |our |its )?(?:network of )?(?:[\w-]+\s+)?"
    r"(?:partners?|partner (?:cros?|cdmos?|cmos?|labs?)|third[- ]part\w*|subcontractors?)\b"
)


def english_via_partner(sentence: str, start: int, end: int) -> bool:
    """Whether a partner is named as the way the mention ``sentence[start:end]`` is done, before it in its clause."""
    clause_start, _ = _en_clause(sentence, start, end)
    return bool(_EN_VIA_PARTNER_BEFORE.search(sentence, clause_start, start))


def japanese_via_partner(tokens: list[Token], first: int) -> bool:
    """Whether a partner is named as the way the mention starting at ``tokens[first]`` is done
    ("提携CROを通じた非臨床試験"), before it in its clause."""
    begin = max((k + 1 for k in range(first) if _ends_clause(tokens, k)), default=0)
    return bool(_JA_VIA_PARTNER_BEFORE.search("".join(t.surface for t in tokens[begin:first])))


# Work said to be with a partner after the mention, in forms the clause rules miss (issue 15, three
# writers): a predicate of place ("GMP lots sit / rest / stay with a partner CDMO"), a subject with a
# dashed aside before its verb ("all GMP work — DS, DP, release — is done by partners"), and a dashed
# afterthought naming the way ("GMP manufacture at 500 L – for now via a partner plant").
_PARTNER_NOUN = EN_OTHER_PARTY  # the one list of other parties (parties.py)
_EN_HELD_BY_PARTNER = re.compile(
    r"[\s,\w'-]{0,40}?\b(?:sits?|rests?|lies|lie|stays?|remains?|resides?)\s+with\s+(?:a |an |our |the |its )?"
    rf"(?:[\w-]+\s+){{0,2}}?{_PARTNER_NOUN}\b"
    # a subject with a dashed aside, the mention before or inside it: "all GMP work — DS, DP — is done by partners"
    r"|(?:[\s,\w'-]{0,30}?\u2014)?[^\u2014.;]{0,80}\u2014\s*(?:is|are)\s+(?:all\s+)?(?:made|done|handled|produced"
    r"|manufactured|performed|run|carried out)\s+(?:by|at|through|via)\s+(?:a |an |our |the |its )?"
    rf"(?:[\w-]+\s+){{0,2}}?{_PARTNER_NOUN}\b"
    r"|[^.;\u2014]{0,40}?\s[\u2013-]\s+(?:currently\s+|for now\s+|now\s+|today\s+)?"
    r"(?:(?:available|offered|arranged|provided|done)\s+)?(?:via|through|at|by)\s+"
    rf"(?:a |an |our |the |its )?(?:[\w-]+\s+){{0,2}}?{_PARTNER_NOUN}\b"
    # a fronted object handed on: "vial filling we leave to the client's filler", "QC we pass on to a partner lab"
    r"|[\s,\w'-]{0,40}?\bwe (?:leave|hand|pass|give|send)\s+(?:it\s+|them\s+)?(?:over\s+|on\s+)?to\s+"
    rf"(?:a |an |our |the |its )?(?:[\w'-]+\s+){{0,2}}?(?:{_PARTNER_NOUN}|fillers?|labs?)\b"
)


def english_held_by_partner(sentence: str, end: int) -> bool:
    """Whether the words after a mention ending at ``end`` place its work with a partner
    (:data:`_EN_HELD_BY_PARTNER`): the organisation does not do it itself. Work only (a step, GMP): a
    product type in the aside ("— the mRNA, the LNP —") is still the organisation's."""
    return bool(_EN_HELD_BY_PARTNER.match(sentence, end)) and not _EN_DESIRE.search(sentence)


# A step the organisation says, after naming it, that it does not do itself (issue 15, round 6: three writers
# of sets 3-4): a relative clause ("fill-finish, which the company does not perform itself,"), a fronted
# object ("cell line development we don't do ourselves"), an afterthought ("handled by a sister company, not
# by us") and a place of its own that lacks it ("fill-finish is also not in our building").
_EN_NOT_OURS = re.compile(
    r"(?:\s+of\s+(?:the\s+|its\s+)?[\w-]+(?:\s+[\w-]+)?)?\s*,?\s*which\s+(?:the\s+\w+|we|it|they)\s+(?:does|do|did)"
    r"\s*(?:not|n't)\s+(?!outsource|subcontract|contract\b|buy\b|purchase)"
    r"|\s+(?:we|the company|the firm)\s+(?:do|does)\s*(?:not|n't)\s+(?:do|offer|perform|provide|run|handle"
    r"|undertake)\b"
    r"|[^.;]{0,60}?\bnot by (?:us|ourselves|the company|itself)\b"
    r"|[\s,\w-]{0,40}?\b(?:is|are)\s+(?:also\s+|still\s+|currently\s+)?not\s+(?:done\s+|performed\s+|made\s+)?"
    r"(?:in|at|on)\s+(?:our|its|the company's)\s+(?:own\s+)?(?:building|site|plant|premises|facilit(?:y|ies))\b"
)


_EN_OBJECT_OF = re.compile(r"\bof\s+(?:the\s+|its\s+|their\s+)?$")


def english_not_ours(sentence: str, start: int, end: int) -> bool:
    """Whether the words after the mention ``sentence[start:end]`` say the organisation does not do it
    itself (:data:`_EN_NOT_OURS`); a sentence asking for it (:data:`_EN_DESIRE`) states a need instead,
    and the object of another step ("fill-finish of the drug product, which ...") is that step's."""
    if _EN_OBJECT_OF.search(sentence, 0, start):
        return False
    return bool(_EN_NOT_OURS.match(sentence, end)) and not _EN_DESIRE.search(sentence)


# Work handed over for good (issue 15, round 14: ind4e, ind5h): given to a partner for a purpose ("we tech-transfer
# to partners for launch") or taken over by one ("a Korean CDMO will take over commercial production"). Work only:
# the product type made ("antibody production") stays the organisation's.
_EN_HANDED_FOR = re.compile(
    r"\b(?:tech(?:nology)?[- ])?transfer\w*\s+(?:it\s+|them\s+)?to\s+(?:a |an |our |the |its )?(?:[\w-]+\s+){0,2}?"
    rf"{EN_OTHER_PARTY}\s+(?:for|before)\s+(?:the\s+)?$"
    rf"|\b{EN_OTHER_PARTY}(?:\s+(?:in|from|at)\s+[\w-]+)?\s+"
    r"(?:will\s+|would\s+|is to\s+|are to\s+|has\s+|have\s+)?(?:take|takes|took|taken)\s+over\s"
)


def english_handed_over(sentence: str, start: int, end: int) -> bool:
    """Whether the work named by ``sentence[start:end]`` is handed over to another party for good
    (:data:`_EN_HANDED_FOR`), before it in its clause; a clause asking for it states a need."""
    clause_start, clause_end = _en_clause(sentence, start, end)
    if _EN_DESIRE.search(sentence, clause_start, clause_end):
        return False
    return bool(_EN_HANDED_FOR.search(sentence, clause_start, start))
