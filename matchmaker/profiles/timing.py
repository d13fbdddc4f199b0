"""Is a mention current, or only planned or given up? Rules for English and Japanese.

A profile says what an organisation can do now. What it only plans ("we plan to add fill-finish",
"a GMP suite will open in 2028", "無菌充填ラインは来年稼働する予定") or has given up ("we used to
run trials", "discontinued in 2020", "2021年に撤退") is not on offer, and what it is working
towards ("preparing for GMP certification", "GLP対応は準備中") is not held yet. The analyser reads
these as negated (issue 15); a stage that is only planned is no stage at all.

The cue is looked for in the clause around the mention (:func:`scope`), before or after it:
"will" alone is a promise to a client ("we will support your programme"), so only "will" with a
verb of starting counts; a former name ("formerly known as") and a finished inspection ("GMP査察を
終了し") give nothing up; a plan written for clients ("開発計画の立案を支援") is no plan of one's
own; and expanding what exists ("will add a second 2,000 L line") keeps it current.
"""

from __future__ import annotations

import re
from typing import Literal

Timing = Literal["planned", "preparing", "given_up"]

_YEAR = r"(?:fy\s?|early |late |mid-)?20\d\d"
_EN_PLANNED = re.compile(
    r"\b(?:plan(?:s|ned|ning)? to|planned (?:for|in)|(?:is|are|was|were|will be) (?:planned|scheduled)"
    r"|intend(?:s|ed)? to|scheduled (?:for|to|in)|(?:is|are) due to|upcoming|coming soon|under construction"
    r"|being built|to be (?:built|opened|launched|added)|not yet|aim(?:s|ing)? to|expect(?:s|ed)? to"
    r"|prepar(?:es|ing) to|set to"
    # still being talked over, as 検討中 ("commercial manufacture under discussion"; issue 15, round 23: writer 8q)
    r"|under (?:discussion|consideration|negotiation)"
    # a facility still to be had: "planning the acquisition of a plant", "plans the opening of a lab" (issue 15:
    # writer 4d; set 2 rule 3)
    r"|plan(?:s|ning)? (?:the |a |an )?(?:acquisition|construction|opening|purchase|building) of"
    rf"|(?:available|operational|online|live|ready|offered|launch(?:es|ed)?)\s+(?:from|by|starting(?: in)?)\s+{_YEAR}"
    rf"|from {_YEAR} onwards?"
    # a dated start or a facility under way: "start-up in 2027", "clinical lots from Q4 2027", "we are
    # building a new plant"
    rf"|start(?:-?up|s)?\s+(?:in|from|by)\s+{_YEAR}|(?:from|in|by)\s+(?:q[1-4]|h[12])\s*{_YEAR}"
    rf"|(?:grades?|lots?|batches|supply|lines?|suites?|plants?|facilit(?:y|ies))\s+from\s+{_YEAR}"
    r"|should (?:launch|open|start|begin|be (?:ready|available|completed|operational))"
    r"|(?:are|is|we're) (?:now )?(?:building|constructing) (?:a |an |our |its )?(?:new )?(?:[\w-]+ )?"
    r"(?:plant|facility|site|suite|line|building|factory)"
    r"|will (?:open|start|begin|launch|become|enter|add|offer|introduce|be (?:built|completed|opened|operational"
    r"|available|launched|ready|added|introduced|offered))"
    # (not a past entry with its year, "entered Phase 1 in 2025", "initiated a Phase 2 trial in 2024": the stage
    # reached; issue 15, sets 5 and 6: writers ind5i, ind6l)
    r"|(?:enter(?!ed)\w*|start(?!ed)\w*|begin\w*|initiat(?!ed)\w*)\s+(?:[\w/-]+\s+){0,3}?(?:phase|first-in-human|clinic"
    r"|trials?)\b"
    rf"[^.;]{{0,30}}\b(?:in|by|from)\s+{_YEAR}"
    # a handing over to come, as 移管予定: "commercial manufacturing will be transferred to a CDMO", "is to be
    # moved to our partner" (issue 15, round 9)
    r"|(?:will|shall|is to|are to)\s+be\s+(?:transferred|moved|handed\s+over|outsourced|shifted|relocated|licensed)"
    r")\b"
)
# on offer only after an event to come: "commercial supply after approval", "once the new suite opens",
# "after completion of the plant" (issue 15, round 8: two writers; not "after completion of Phase 1"). Read in
# the part of the clause between spaced dashes ("clinical supply now — commercial supply after approval").
_EN_AFTER_EVENT = re.compile(
    r"\b(?:(?:after|once|upon|following)\s+(?:(?:the|its|our|their|regulatory|marketing|product)\s+)*approval"
    r"|(?:after|once|upon|following)\s+(?:the\s+|its\s+|our\s+)?(?:completion|commissioning|opening|start-up)"
    r"(?!\s+of\s+(?:the\s+|our\s+|its\s+)?(?:phase|stud|trial|tox|enrol|dosing|ind))"
    # ... also a numbered plant "finished" ("commercial lots only after plant 2 is finished"; issue 15, round 23:
    # writer 8q, as 5i's "新棟竣工後に開始")
    r"|(?:once|after)\s+(?:the\s+|our\s+|its\s+)?(?:new\s+)?(?:[\w-]+\s+){0,2}?(?:plant|suite|facility|line|building"
    r"|site|extension|factory)(?:\s+\d)?\s+(?:opens|is\s+(?:completed|finished|built|ready|validated|operational|open))"
    r")\b"
)
_EN_GIVEN_UP = re.compile(
    r"\b(?:(?:previously|formerly)(?!\s+(?:known|called|named|part))|used to|discontinu\w*|no longer|ceased"
    r"|until 20\d\d|divested|exited|closed down|wound down|shut down|we (?:closed|stopped)"
    r"|(?:is|are|was|were) (?:closed|stopped)"
    # leaving a field: "withdrew from antibody research", "will exit mRNA contract manufacturing" (set 5, writers
    # h and i; a VC's "exits via IPO" is no business it leaves)
    r"|withdr(?:ew|awn|aws?|awing) from|(?:will|to|would) exit)\b"
)
# 計画 as a plan of the organisation's, not a plan it writes for clients ("開発計画の立案を支援") nor a document
# named after one ("計画届の提出代行": issue 15, round 9), nor the first step of a range of work ("試験の計画から
# 実施まで", from planning to running: round 25)
_JA_PLANNED = re.compile(
    r"予定|(?<!開発)(?<!試験)(?<!事業)(?<!研究)計画(?!の?(?:立案|策定|作成|書|届)|から)|建設中|構築中|整備中|目指し|目指す"
    r"|新設する|検討中|見込み|将来|今後は"
    # not there yet: "GMP製造はまだで", "GMP棟の完成を待っているところ"
    r"|まだ(?:で|です|だ|あり|行|やって|対応|$)|(?:完成|稼働|竣工)(?:する)?の?を待って"
    # not in place yet: "GMP製造体制は未整備", "製造設備は未導入"
    r"|未(?:整備|構築|導入|稼働)"
    # still being considered, or not even that: "商用化は検討段階", "充填：検討前" (issue 15, three writers)
    r"|検討(?:の)?(?:段階|前)"
    # on offer only after a plant is finished or a product approved: "竣工後は", "新棟の完成後に", "承認取得後に"
    # (issue 15, round 8: two writers; not "承認後の製品", a product already approved)
    r"|(?:竣工|完成|稼働開始|開設|承認取得|承認)後(?:は|に|、)"
    # a start that waits for a plant to run: "GMP製造は新工場の稼働後の開始", "増築完了後からの対応" (issue 15,
    # round 10: ind4d; the English "is expected to start" of ind3a is :data:`_EN_SUBJECT_PLANNED`)
    r"|(?:竣工|完成|完了|稼働|開設|移転)後(?:から)?の(?:開始|スタート|対応|提供|受託)"
)
_JA_GIVEN_UP = re.compile(r"かつて|以前は|従来は|撤退|終了(?!後)|譲渡し|廃止|中止|閉鎖(?:し|済)|ていました")
# working towards a status or a facility: not held yet, though a pipeline preparing its next phase
# is still at its current stage
_EN_PREPARING = re.compile(
    r"\b(?:preparing for|working towards?|in (?:the )?preparation for|applying for|in the process of (?:obtaining"
    r"|acquiring|building))\b"
)
_JA_PREPARING = re.compile(r"準備中|準備を進め|取得に向け|取得を目指|申請中|申請準備")
# an inspection or audit that ended is no work given up ("GMP査察を終了し", "completed an FDA audit")
_INSPECTED = re.compile(r"査察|調査|監査|\binspect\w*|\baudit\w*")
_EXPANDS = re.compile(
    r"\bexpan\w*|\b(?:second|third|further|more|another|additional)\b|増設|拡張|拡大|増強|2つ目|2棟目|第2工場|第二工場|追加"
)
_EN_SCOPE_BREAK = re.compile(
    r"[;:]|,\s*(?=(?:and|but|while|whereas|which|where)\b)|\b(?:but|while|whereas|although)\b"
    # a relative clause after a comma is about its own subject ("…with a CDMO, to which commercial
    # manufacturing will be transferred") (issue 15: writers 4e, 4f)
    r"|,\s*(?=(?:to|from|by|for|with|in|at|of|through)\s+(?:which|whom)\b)"
    r"|\band\s+(?=(?:we|it|they|our|its|are|is|has|have|was|were|will|currently|now|still|today)\b)"
)
# a second predicate with no subject of its own that plans a start ("Commercial supply has been validated and
# is expected to start in 2027"): it shares the subject that opens the sentence, which the clause break at
# "and is" would otherwise cut off from it (issue 15, round 10: ind3a)
_EN_SUBJECT_PLANNED = re.compile(
    r"\band\s+(?:is|are)\s+(?:now\s+|currently\s+)?(?:expected|scheduled|planned|due|set|slated)\s+to\s+"
    r"(?:start|begin|commence|open|launch|go\s+live|become\s+(?:available|operational))\b"
)
# the mention opens the sentence as its subject: at most a determiner and one modifier before it ("GMP
# commercial supply ...", not "We offer commercial supply ...")
_EN_OPENING_SUBJECT = re.compile(r"^(?:(?:the|our|its|their)\s+)?(?!(?:we|it|they|i|you)\s)(?:[\w-]+\s+)?$")
_EN_DASH_BREAK = re.compile(rf"{_EN_SCOPE_BREAK.pattern}|\s[—-]\s")
# a Japanese comma ends a clause only after a predicate ("…していましたが、現在は")
# ... and so does a comma before the number of a listed item ("①…、②…、④商用製造：2027年開始予定", ① read as
# 1 after NFKC): each item holds its own time (issue 15: writers 4e, 4f); not a count or a date ("、2品目")
# ... and so does a verb's stem after a kanji ("治験薬の製造を行い、", "治験薬のGMP製造に加え、"; round 24: writer 8r,
# as 3a, 6l and 7m's "…しており、商用は2027年稼働予定")
_JA_SCOPE_BREAK = re.compile(
    r"。|(?:て|で|り|し|が|く|ず)、|[\u4e00-\u9fff][いえ]、|、(?=\d(?![\d,.年月日度つ個名社件品棟基本回台カ%]))"
)


def any_cue(norm: str, japanese: bool) -> bool:
    """Whether the normalised sentence has any time cue at all (a quick test before reading mentions)."""
    if any(_FIELD_PLANNED.search(norm, 0, m.end()) for m in re.finditer(r"[:：]", norm)):
        return True
    if _VALUE_CUE.search(norm):
        return True
    if japanese:
        return bool(_JA_PLANNED.search(norm) or _JA_GIVEN_UP.search(norm) or _JA_PREPARING.search(norm))
    cues = (_EN_PLANNED, _EN_AFTER_EVENT, _EN_GIVEN_UP, _EN_PREPARING)
    return any(cue.search(norm) for cue in cues)


def scope(norm: str, start: int, end: int, japanese: bool, breaks: re.Pattern[str] | None = None) -> str:
    """The clause of a normalised sentence around ``norm[start:end]`` that a time cue governs (cut at
    ``breaks`` instead of the clause breaks, where given)."""
    if breaks is None:
        breaks = _JA_SCOPE_BREAK if japanese else _EN_SCOPE_BREAK
    lo = max((b.end() for b in breaks.finditer(norm, 0, start)), default=0)
    after = breaks.search(norm, end)
    return norm[lo : after.start() if after else len(norm)]


# a field of a terse listing that holds what is to come: "Planned: a fill line from 2027", "Next: …",
# "予定：…", "今後：…" (issue 15). The colon ends the clause, so the label is read just before it.
_FIELD_PLANNED = re.compile(
    r"(?:\b(?:planned|next|coming(?: soon| next)?|upcoming|future|roadmap)|予定|今後|計画)\s*[:：]\s*$"
)
_EN_FIELD_STOP = re.compile(r"[;.]\s")
_JA_FIELD_STOP = re.compile(r"[。;；.]")


def _field_label_planned(norm: str, start: int, japanese: bool) -> bool:
    """Whether the clause holding ``norm[start]`` is the value of a field labelled as planned
    (:data:`_FIELD_PLANNED`)."""
    stops = _JA_FIELD_STOP if japanese else _EN_FIELD_STOP
    lo = max((b.end() for b in stops.finditer(norm, 0, start)), default=0)
    colon = max(norm.rfind(":", lo, start), norm.rfind("：", lo, start))
    return colon >= 0 and bool(_FIELD_PLANNED.search(norm, lo, colon + 1))


# a field whose value says it is to come: "Commercial scale: not yet", "Commercial-scale oligo? Not yet — …",
# "Fill-finish: from 2027", "GMP suite: Q3 2026", "商用：未定" (issue 15, round 9: the value after the mention's
# own label; its label before the colon is read by :data:`_FIELD_PLANNED`)
_EN_VALUE_CUE = (
    r"[:?]\s*(?:[\u2014\u2013-]\s*)?(?:not yet|planned|coming soon|under construction|tbd|to come"
    rf"|(?:from|by|in|starting|opening|opens)\s+(?:q[1-4]\s*|h[12]\s*)?{_YEAR}|(?:q[1-4]|h[12])\s*{_YEAR})\b"
)
_JA_VALUE_CUE = r"[:：]\s*(?:未定|予定|準備中|計画中|検討中|まだ|今後|20\d\d年(?:度)?(?:から|予定|開始|以降))"
_VALUE_PLANNED = re.compile(rf"^[\w\s/&-]{{0,30}}?\s*{_EN_VALUE_CUE}|^[^\s、。:：]{{0,12}}?\s*{_JA_VALUE_CUE}")
_VALUE_CUE = re.compile(rf"{_EN_VALUE_CUE}|{_JA_VALUE_CUE}")


def _value_planned(norm: str, end: int) -> bool:
    """Whether the mention ending at ``norm[end]`` labels a field whose value is to come (:data:`_VALUE_PLANNED`)."""
    return bool(_VALUE_PLANNED.match(norm[end : end + 60]))


def timing(norm: str, start: int, end: int, japanese: bool, expansion_current: bool = True) -> Timing | None:
    """How the mention ``norm[start:end]`` stands in time: planned, being prepared for, given up, or
    (None) current. A mention with no span (start == end) is read against the whole sentence.

    ``expansion_current``: an expansion in the clause keeps the mention current ("will add a second
    2,000 L line"). False for a step or a status, which a plant extension can bring for the first time
    ("GMP clinical lots once the extension opens in 2027"); the caller lets such a negation yield to the
    step stated as current elsewhere."""
    clause = scope(norm, start, end, japanese) if end > start else norm
    if end > start and (_field_label_planned(norm, start, japanese) or _value_planned(norm, end)):
        return "planned"
    if expansion_current and _EXPANDS.search(clause):
        return None
    opening = not japanese and end > start and _EN_OPENING_SUBJECT.match(norm[:start])
    if opening and _EN_SUBJECT_PLANNED.search(norm, end):
        return "planned"
    if (_JA_PLANNED if japanese else _EN_PLANNED).search(clause):
        return "planned"
    if not japanese and _EN_AFTER_EVENT.search(scope(norm, start, end, False, _EN_DASH_BREAK) if end > start else norm):
        return "planned"
    if (_JA_PREPARING if japanese else _EN_PREPARING).search(clause):
        return "preparing"
    if (_JA_GIVEN_UP if japanese else _EN_GIVEN_UP).search(clause) and not _INSPECTED.search(clause):
        return "given_up"
    return None
