"""A deterministic generator of a fictional bio-industry ecosystem in the exchange format.

Real profiles cannot be shared for load tests, demos or matching evaluations, so this module
invents an ecosystem that looks like the real one where it matters for matching: a realistic
mix of organisation kinds, half of the profiles in Japanese, the same capability written in
different words, some limiting statements, some profiles with free text only, and a heavy-tailed
link graph (a few hubs with very many partners). Everything is marked as fictional: ids start
with ``syn-``, ``source``/``reference`` is ``"synthetic"`` and names are built from invented stems.

Records stream out in dependency order (communities, hubs, events, organisations, seeds, links);
only compact per-organisation facts and the preferential-attachment bags are kept in memory.
"""

from __future__ import annotations

import bisect
import datetime as dt
import math
import random
import re
from array import array
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from typing import Any

from matchmaker.synthetic import texts as T
from matchmaker.synthetic import world as W

SOURCE = "synthetic"

# Flags kept per organisation so that links never contradict a limiting statement.
_DOMESTIC = 1  # invests in or lends to Japanese companies only
_NO_GMP_RECORD = 2  # supplier without GMP use records
_GMP_RECORD_ONLY = 4  # buyer that only buys parts with GMP use records
_NO_OUT_LICENCE = 8  # startup that will not license out (yet)

_LINK_TYPES = (
    "INVESTED_IN",
    "SUPPLIES",
    "OUTSOURCES_TO",
    "COLLABORATES_WITH",
    "SPUN_OUT_FROM",
    "LICENSED_TO",
    "ATTENDS",
    "MET_WITH",
)
_TYPE_CODE = {t: n for n, t in enumerate(_LINK_TYPES)}
_SYMMETRIC = frozenset({"COLLABORATES_WITH", "MET_WITH"})

_JA_CHARS = re.compile(r"[\u3040-\u30ff\u4e00-\u9fff]")


@dataclass(slots=True)
class _Org:
    """What the link phase needs to know about an organisation (its text is not kept)."""

    id: str
    kind: str
    founded: int
    lang: str
    foreign: bool
    mods: tuple[str, ...]  # true modalities, even when the record lists none (free-text-only profiles)
    caps: tuple[str, ...]  # true capabilities, likewise
    wants: tuple[str, ...]  # capabilities (steps, services, parts) the organisation looks for
    rounds: tuple[str, ...]  # startup: rounds raised; investor: rounds it takes part in
    flags: int = 0


# --- small helpers ----------------------------------------------------------------------------


def _cum(weights: Sequence[float]) -> list[float]:
    out: list[float] = []
    total = 0.0
    for w in weights:
        total += w
        out.append(total)
    return out


def _weighted(rng: random.Random, items: Sequence[Any], cum: Sequence[float]) -> Any:
    return items[bisect.bisect_right(cum, rng.random() * cum[-1])]


def _poisson(rng: random.Random, lam: float) -> int:
    """Knuth's method; the means used here are small, so it is fast enough."""
    limit = math.exp(-lam)
    k = 0
    p = rng.random()
    while p > limit:
        k += 1
        p *= rng.random()
    return k


def _sample(rng: random.Random, items: Sequence[str], lo: int, hi: int) -> tuple[str, ...]:
    """Between lo and hi distinct items, kept in the order of ``items`` (stable output)."""
    n = min(len(items), rng.randint(lo, hi))
    chosen = set(rng.sample(range(len(items)), n))
    return tuple(x for i, x in enumerate(items) if i in chosen)


def _overlaps(a: Sequence[str], b: Sequence[str]) -> bool:
    return any(x in b for x in a)


def has_japanese(text: str) -> bool:
    """Whether ``text`` contains kana or kanji (used to tell the two profile languages apart)."""
    return _JA_CHARS.search(text) is not None


class _Writer:
    """Picks paraphrases in one language; with ``nogmp`` it avoids wording that claims GMP."""

    def __init__(self, rng: random.Random, lang: str, nogmp: bool = False) -> None:
        self.rng = rng
        self.lang = lang
        self.nogmp = nogmp

    def pick(self, options: Sequence[str]) -> str:
        if self.nogmp:
            options = [o for o in options if "GMP" not in o] or list(options[:1])
        return options[int(self.rng.random() * len(options))]

    def join(self, items: Sequence[str]) -> str:
        if self.lang == "ja":
            return "、".join(items)
        if len(items) <= 1:
            return "".join(items)
        return ", ".join(items[:-1]) + " and " + items[-1]

    def mod(self, m: str) -> str:
        return self.pick(T.MODALITY[m][self.lang])

    def mods(self, ms: Sequence[str]) -> str:
        return self.join([self.mod(m) for m in ms])

    def cap(self, c: str, ms: Sequence[str] = ()) -> str:
        phrase = self.pick(T.CAPABILITY[c][self.lang])
        if "{m}" in phrase:
            if not ms:
                return T.CAPABILITY[c][self.lang][0]
            phrase = phrase.format(m=self.mod(ms[int(self.rng.random() * len(ms))]))
        return phrase

    def caps(self, cs: Sequence[str], ms: Sequence[str] = ()) -> str:
        return self.join([self.cap(c, ms) for c in cs])

    def cap_block(self, cs: Sequence[str], ms: Sequence[str], lead: Sequence[str]) -> list[str]:
        """Capabilities as one listing sentence plus, now and then, a whole-sentence paraphrase."""
        listed: list[str] = []
        sentences: list[str] = []
        for c in cs:
            own = T.CAPABILITY_SENTENCES.get(c, {}).get(self.lang, ())
            if own and self.rng.random() < 0.35:
                s = self.pick(own)
                if "GMP" in s and self.nogmp:
                    listed.append(self.cap(c, ms))
                    continue
                if "{m}" in s:
                    if not ms:
                        listed.append(self.cap(c, ms))
                        continue
                    s = s.format(m=self.mod(ms[int(self.rng.random() * len(ms))]))
                sentences.append(s)
            else:
                listed.append(self.cap(c, ms))
        out = []
        if listed:
            out.append(self.pick(lead).format(c=self.join(listed)))
        return out + sentences

    def text(self, sentences: Sequence[str]) -> str:
        return ("" if self.lang == "ja" else " ").join(s for s in sentences if s)


class _Names:
    """Invents unique organisation names (English and Japanese) that avoid real company stems."""

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self.used: set[str] = set()

    def _stem(self) -> tuple[str, str]:
        rng = self.rng
        while True:
            if rng.random() < 0.5:
                parts = [rng.choice(T.EN_HEAD), rng.choice(T.EN_MID), rng.choice(T.EN_TAIL)]
            else:
                parts = [rng.choice(T.JP_HEAD), rng.choice(T.JP_MID)]
                if rng.random() < 0.5:
                    parts.append(rng.choice(T.JP_MID))
                parts.append(rng.choice(T.JP_TAIL))
            en = "".join(p[0] for p in parts)
            en = en[0].upper() + en[1:].lower()
            if not is_real_stem(en):
                return en, "".join(p[1] for p in parts)

    def _place(self) -> tuple[str, str]:
        rng = self.rng
        while True:
            pre, first = rng.choice(T.PLACE_PREFIX), rng.choice(T.PLACE_FIRST)
            second = rng.choice(T.PLACE_SECOND)
            en = (pre[0] + first[0].lower() if pre[0] else first[0]) + second[0]
            if not is_real_stem(en):
                return en, pre[1] + first[1] + second[1]

    def make(self, kind: str, region: str, suffixes: Sequence[tuple[str, str]] | None = None) -> tuple[str, str, str]:
        """(name, name_ja, ascii slug for a website)."""
        rng = self.rng
        attempt = 0
        while True:
            if kind in W.COMPANIES:
                (en_pat, ja_pat), (s_en, s_ja) = (
                    rng.choice(suffixes or T.COMPANY_SUFFIXES[kind]),
                    self._stem(),
                )
                en, ja = en_pat.format(s=s_en), ja_pat.format(s=s_ja)
            else:
                (en_pat, ja_pat), (p_en, p_ja) = rng.choice(T.PLACE_SUFFIXES[kind]), self._place()
                en, ja = en_pat.format(p=p_en), ja_pat.format(p=p_ja)
            if attempt >= 20:  # a crowded name space (huge runs): disambiguate the way people do
                label_en, label_ja = T.REGION_LABELS[region]
                en, ja = f"{en} ({label_en} {attempt - 19})", f"{ja}（{label_ja}{attempt - 19}）"
            if en not in self.used:
                self.used.add(en)
                return en, ja, re.sub(r"[^a-z0-9]+", "-", en.lower()).strip("-")
            attempt += 1


_REAL_STEM = re.compile("|".join(T.REAL_STEMS), re.IGNORECASE)


def is_real_stem(name: str) -> bool:
    """Whether a name starts with the stem of a real organisation (see ``texts.REAL_STEMS``)."""
    return _REAL_STEM.match(name) is not None


# --- fixed records ----------------------------------------------------------------------------


def _community_records() -> Iterator[dict[str, Any]]:
    for slug, name, name_ja, kind, region, founded, description in W.COMMUNITIES:
        yield {
            "record": "community",
            "id": f"{W.PREFIX}community-{slug}",
            "name": name,
            "name_ja": name_ja,
            "kind": kind,
            "region": region,
            "founded": founded,
            "description": description,
            "source": SOURCE,
        }


def _hub_records() -> Iterator[dict[str, Any]]:
    for slug, name, name_ja, region, community in W.HUBS:
        yield {
            "record": "hub",
            "id": f"{W.PREFIX}hub-{slug}",
            "name": name,
            "name_ja": name_ja,
            "region": region,
            "community": f"{W.PREFIX}community-{community}",
            "description": "A fictional innovation hub with incubation labs and partner companies.",
            "source": SOURCE,
        }


@dataclass(slots=True, frozen=True)
class _Event:
    id: str
    year: int
    starts_on: dt.date
    weight: float


def _events() -> list[tuple[_Event, dict[str, Any]]]:
    out = []
    for year in range(2019, W.EVENT_LAST_YEAR + 1):
        for slug, name, name_ja, region, tz, venue, month, day, days, first, weight in W.EVENT_SERIES:
            if year < first:
                continue
            start = dt.date(year, month, day)
            end = start + dt.timedelta(days=days - 1)
            ev = _Event(f"{W.PREFIX}event-{slug}-{year}", year, start, weight)
            rec = {
                "record": "event",
                "id": ev.id,
                "name": f"{name} {year}",
                "name_ja": f"{name_ja}{year}",
                "starts_on": start.isoformat(),
                "ends_on": end.isoformat(),
                "timezone": tz,
                "venue": venue,
                "region": region,
                "recurrence": f"annual, {start.strftime('%B')}",
                "description": "A fictional partnering event with one-to-one meetings.",
                "source": SOURCE,
            }
            out.append((ev, rec))
    return out


# --- organisations ----------------------------------------------------------------------------


class _OrgFactory:
    """Builds one organisation: structured facts first, then free text that states the same facts."""

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self.names = _Names(rng)
        self.kind_cum = _cum(W.KIND_WEIGHTS)
        self.jp_cum = _cum([w for _, w in W.JP_REGIONS])
        self.foreign_cum = _cum([w for _, w in W.FOREIGN_REGIONS])
        self.cluster_names = tuple(W.CLUSTER_WEIGHTS)
        self.cluster_cum = _cum(list(W.CLUSTER_WEIGHTS.values()))
        self.funding_names = tuple(W.FUNDING)
        self.funding_cum = _cum([v[0] for v in W.FUNDING.values()])
        self.all_mods = tuple(T.MODALITY)

    # structured helpers

    def _cluster(self) -> str:
        return _weighted(self.rng, self.cluster_names, self.cluster_cum)

    def _mixed_mods(self, lo: int, hi: int) -> tuple[str, ...]:
        """Modalities from several clusters (pharma, VCs, academia), in vocabulary order."""
        n = self.rng.randint(lo, hi)
        chosen: set[str] = set()
        while len(chosen) < n:
            chosen.add(self.rng.choice(W.CLUSTERS[self._cluster()]))
        return tuple(m for m in self.all_mods if m in chosen)

    def _negative(self, kind: str, foreign: bool) -> dict[str, object] | None:
        options = T.NEGATIVES.get(kind)
        if not options or self.rng.random() >= 0.11:
            return None
        neg = self.rng.choice(options)
        if neg.get("domestic") and foreign:
            return None
        return neg

    def make(self, i: int) -> tuple[_Org, dict[str, Any]]:
        rng = self.rng
        kind = W.KINDS[i] if i < len(W.KINDS) else _weighted(rng, W.KINDS, self.kind_cum)
        foreign = rng.random() < W.FOREIGN_SHARE[kind]
        if foreign:
            region = _weighted(rng, [r for r, _ in W.FOREIGN_REGIONS], self.foreign_cum)
        else:
            region = _weighted(rng, [r for r, _ in W.JP_REGIONS], self.jp_cum)
        lang = "en" if foreign or rng.random() >= W.JA_SHARE else "ja"
        family = rng.choice(W.SUPPLIER_FAMILIES) if kind == "supplier" else None
        suffixes = T.SUPPLIER_SUFFIXES[family[2]] if family else None
        name, name_ja, slug = self.names.make(kind, region, suffixes)
        org_id = f"{W.PREFIX}{kind.replace('_', '-')}-{i:06d}"
        builder: Callable[..., dict[str, Any]] = getattr(self, f"_{kind}", self._support)
        extra = {"family": family} if family else {}
        p = builder(
            kind=kind,
            lang=lang,
            foreign=foreign,
            name=name if lang == "en" else name_ja,
            region=region,
            **extra,
        )
        org = _Org(
            org_id,
            kind,
            p["founded"],
            lang,
            foreign,
            p["mods"],
            p["caps"],
            p.get("wants", ()),
            p.get("rounds", ()),
            p.get("flags", 0),
        )
        text_only = (p["mods"] or p["caps"]) and rng.random() < 0.2
        rec: dict[str, Any] = {
            "record": "organization",
            "id": org_id,
            "kind": kind,
            "name": name,
            "name_ja": name_ja,
            "description": p["description"],
            "needs": p["needs"],
            "modalities": [] if text_only else list(p["mods"]),
            "capabilities": [] if text_only else list(p["caps"]),
        }
        for key in ("stage", "funding_stage"):
            if p.get(key):
                rec[key] = p[key]
        rec["region"] = region
        hubs = W.HUBS_BY_REGION.get(region)
        if hubs and rng.random() < 0.4:
            rec["hub"] = rng.choice(hubs)
        rec["communities"] = self._communities(kind, region, foreign)
        rec["founded"] = p["founded"]
        if kind in W.COMPANIES and rng.random() < 0.6:
            rec["website"] = f"https://{slug}.example"
        rec["source"] = SOURCE
        return org, rec

    def _communities(self, kind: str, region: str, foreign: bool) -> list[str]:
        rng = self.rng
        out = []
        regional = W.REGIONAL.get(region)
        if regional and rng.random() < 0.55:
            out.append(regional)
        if kind in ("cdmo", "supplier", "pharma") and rng.random() < 0.3:
            out.append(f"{W.PREFIX}community-modality-consortium")
        if kind in ("startup", "vc", "support_agency") and rng.random() < 0.25:
            out.append(f"{W.PREFIX}community-venture-programme")
        if rng.random() < (0.5 if foreign else 0.08):
            out.append(f"{W.PREFIX}community-global")
        return out

    @staticmethod
    def _region_label(region: str, lang: str) -> str:
        return T.REGION_LABELS[region][1 if lang == "ja" else 0]

    def _disease(self, lang: str) -> str:
        en, ja = self.rng.choice(T.DISEASES)
        return self.rng.choice(ja if lang == "ja" else en)

    def _apply_negative(
        self, neg: dict[str, object] | None, *lists: tuple[str, ...]
    ) -> tuple[tuple[str, ...], ...] | None:
        """Drop what a limiting statement rules out; None when that would leave a list empty."""
        if neg is None:
            return None
        excluded = neg.get("exclude", ())
        out = tuple(tuple(x for x in xs if x not in excluded) for xs in lists)  # type: ignore[operator]
        if any(xs and not ys for xs, ys in zip(lists, out, strict=True)):
            return None
        return out

    def _neg_text(self, neg: dict[str, object] | None, lang: str, region: str) -> str:
        if neg is None:
            return ""
        return str(neg[lang]).format(region=self._region_label(region, lang))

    # one builder per kind; each returns the structured facts and the two texts

    def _startup(self, kind: str, lang: str, foreign: bool, name: str, region: str) -> dict[str, Any]:
        rng = self.rng
        cluster = self._cluster()
        mods = _sample(rng, W.CLUSTERS[cluster], 1, 1 if rng.random() < 0.7 else 2)
        funding = _weighted(rng, self.funding_names, self.funding_cum)
        _, (lo, hi), stages = W.FUNDING[funding]
        stage = rng.choice(stages)
        founded = rng.randint(lo, hi)
        reached = W.ROUND_ORDER[: W.ROUND_ORDER.index(funding) + 1] if funding in W.ROUND_ORDER else W.ROUND_ORDER
        steps = [s for s in W.STAGE_STEPS[stage] if s in W.CLUSTER_STEPS[cluster]] or list(W.CLUSTER_STEPS[cluster])
        wanted_steps = _sample(rng, steps, 1, 2)
        service = rng.choice(W.STAGE_SERVICES[stage])
        caps: tuple[str, ...] = ("drug_discovery",) if rng.random() < 0.15 else ()
        neg = self._negative(kind, foreign)
        no_licence = bool(neg and neg.get("no_early_licence")) and stage in (
            "research",
            "preclinical",
            "phase1",
        )
        if neg and neg.get("no_early_licence") and not no_licence:
            neg = None  # already past Phase 2: the statement would be moot
        w = _Writer(rng, lang)
        d = self._disease(lang)
        desc = [
            w.pick(T.INTRO["startup"][lang]).format(
                name=name, m=w.mods(mods), d=d, region=self._region_label(region, lang), year=founded
            )
        ]
        if rng.random() < 0.7:
            desc.append(w.pick(T.TECH_SENTENCE[lang]).format(tech=w.pick(T.TECH[mods[0]][lang])))
        desc.append(w.pick(T.STAGE_SENTENCES[stage][lang]))
        if caps:
            desc.append(w.pick(T.PLATFORM_SERVICE[lang]).format(c=w.cap("drug_discovery", mods)))
        desc.append(self._neg_text(neg, lang, region))
        needs = [w.pick(T.NEEDS["startup_cdmo"][lang]).format(c=w.caps(wanted_steps, mods), m=w.mods(mods))]
        if rng.random() < 0.7:
            needs.append(w.pick(T.NEEDS["startup_cro"][lang]).format(c=w.cap(service, mods)))
        if rng.random() < 0.8:
            needs.append(
                w.pick(T.NEEDS["startup_invest"][lang]).format(r=w.pick(T.ROUNDS[funding][lang]), m=w.mods(mods))
            )
        if (stage not in ("research", "preclinical") or rng.random() < 0.3) and not no_licence:
            needs.append(w.pick(T.NEEDS["startup_pharma"][lang]).format(d=d))
        return {
            "founded": founded,
            "mods": mods,
            "caps": caps,
            "wants": (*wanted_steps, service),
            "rounds": reached,
            "flags": _NO_OUT_LICENCE if no_licence else 0,
            "stage": stage,
            "funding_stage": funding,
            "description": w.text(desc),
            "needs": w.text(needs),
        }

    def _cdmo(self, kind: str, lang: str, foreign: bool, name: str, region: str) -> dict[str, Any]:
        rng = self.rng
        clusters = [self._cluster()]
        if rng.random() < 0.2:
            clusters.append(self._cluster())
        pool_mods = [m for c in W.CLUSTERS for m in W.CLUSTERS[c] if c in clusters]
        mods = _sample(rng, pool_mods, 1, 3)
        steps = [s for c in W.CLUSTER_STEPS for s in W.CLUSTER_STEPS[c] if c in clusters]
        steps = list(dict.fromkeys(steps))
        caps = _sample(rng, steps, 3, 6)
        parts = list(dict.fromkeys(p for c in clusters for p in W.CLUSTER_PARTS[c]))
        wants = _sample(rng, parts, 1, 3)
        neg = self._negative(kind, foreign)
        applied = self._apply_negative(neg, caps)
        if applied is None:
            neg = None
        else:
            (caps,) = applied
        w = _Writer(rng, lang, nogmp=bool(neg and neg.get("nogmp")))
        founded = rng.randint(*W.FOUNDED[kind])
        desc = [
            w.pick(T.INTRO["cdmo"][lang]).format(name=name, m=w.mods(mods), region=self._region_label(region, lang))
        ]
        desc += w.cap_block(caps, mods, T.CAPS_SENTENCE[lang])
        if rng.random() < 0.4:
            desc.append(w.pick(T.FOUNDED_SENTENCE[lang]).format(year=founded))
        desc.append(self._neg_text(neg, lang, region))
        offered = _sample(rng, caps, 1, 2)
        needs = [w.pick(T.NEEDS["cdmo_clients"][lang]).format(m=w.mods(mods), c=w.caps(offered, mods))]
        if rng.random() < 0.6:
            needs.append(w.pick(T.NEEDS["cdmo_parts"][lang]).format(p=w.caps(wants, mods)))
        return {
            "founded": founded,
            "mods": mods,
            "caps": caps,
            "wants": wants,
            "description": w.text(desc),
            "needs": w.text(needs),
        }

    def _cro(self, kind: str, lang: str, foreign: bool, name: str, region: str) -> dict[str, Any]:
        rng = self.rng
        caps = _sample(rng, W.SERVICES, 1, 3)
        if rng.random() < 0.2:
            caps = (*caps, "analytical_development")
        mods = self._mixed_mods(1, 2) if rng.random() < 0.5 else ()
        neg = self._negative(kind, foreign)
        applied = self._apply_negative(neg, caps)
        if applied is None:
            neg = None
        else:
            (caps,) = applied
        w = _Writer(rng, lang)
        founded = rng.randint(*W.FOUNDED[kind])
        listed = list(caps)
        extra = ""
        sentence_caps = [
            c for c in caps if c in T.CAPABILITY_SENTENCES and "{m}" not in T.CAPABILITY_SENTENCES[c][lang][0]
        ]
        if len(listed) > 1 and sentence_caps and rng.random() < 0.4:
            c = rng.choice(sentence_caps)
            listed.remove(c)
            extra = w.pick(T.CAPABILITY_SENTENCES[c][lang])
        desc = [
            w.pick(T.INTRO["cro"][lang]).format(
                name=name, c=w.caps(listed, mods), region=self._region_label(region, lang)
            ),
            extra,
        ]
        if mods:
            desc.append(w.pick(T.MODALITY_NOTE["cro"][lang]).format(m=w.mods(mods)))
        desc.append(self._neg_text(neg, lang, region))
        needs = [w.pick(T.NEEDS["cro_clients"][lang]).format(c=w.caps(_sample(rng, caps, 1, 2), mods))]
        return {
            "founded": founded,
            "mods": mods,
            "caps": caps,
            "description": w.text(desc),
            "needs": w.text(needs),
        }

    def _vc(self, kind: str, lang: str, foreign: bool, name: str, region: str) -> dict[str, Any]:
        rng = self.rng
        mods = () if rng.random() < 0.25 else self._mixed_mods(1, 4)
        focus = rng.choices(W.ROUND_ORDER, weights=(25, 35, 25, 15))[0]
        k = W.ROUND_ORDER.index(focus)
        rounds = W.ROUND_ORDER[max(0, k - 1) : k + 2]
        neg = self._negative(kind, foreign)
        flags = 0
        if neg and neg.get("rounds"):
            rounds = tuple(neg["rounds"])  # type: ignore[arg-type]
            if focus not in rounds:
                focus = rounds[0]
        if neg and neg.get("domestic"):
            flags |= _DOMESTIC
        w = _Writer(rng, lang)
        founded = rng.randint(*W.FOUNDED[kind])
        if mods:
            desc = [w.pick(T.INTRO["vc"][lang]).format(name=name, m=w.mods(mods))]
        else:
            desc = [w.pick(T.INTRO["vc_agnostic"][lang]).format(name=name)]
        lo, hi = W.TICKET[focus]
        round_name = T.ROUND_NAMES[focus][1 if lang == "ja" else 0]
        desc.append(w.pick(T.VC_ROUNDS[lang]).format(r=round_name, lo=lo, hi=hi))
        desc.append(self._neg_text(neg, lang, region))
        field = w.mods(mods) if mods else ("ライフサイエンス" if lang == "ja" else "life-science")
        needs = [w.pick(T.NEEDS["vc_dealflow"][lang]).format(m=field, r=round_name)]
        if rng.random() < 0.5:
            needs.append(w.pick(T.NEEDS["vc_partners"][lang]))
        return {
            "founded": founded,
            "mods": mods,
            "caps": (),
            "rounds": rounds,
            "flags": flags,
            "funding_stage": focus,
            "description": w.text(desc),
            "needs": w.text(needs),
        }

    def _supplier(
        self,
        kind: str,
        lang: str,
        foreign: bool,
        name: str,
        region: str,
        family: tuple[tuple[str, ...], tuple[str, ...], str],
    ) -> dict[str, Any]:
        rng = self.rng
        family_parts, family_mods, _ = family
        caps = _sample(rng, family_parts, 1, 3)
        mods = _sample(rng, family_mods, 1, 2) if family_mods and rng.random() < 0.5 else ()
        neg = self._negative(kind, foreign)
        flags = _NO_GMP_RECORD if neg and neg.get("no_gmp_record") else 0
        w = _Writer(rng, lang)
        founded = rng.randint(*W.FOUNDED[kind])
        desc = [w.pick(T.INTRO["supplier"][lang]).format(name=name, p=w.caps(caps, mods), year=founded)]
        for c in caps:
            own = T.CAPABILITY_SENTENCES.get(c, {}).get(lang)
            if own and rng.random() < 0.35:
                desc.append(w.pick(own))
        if mods:
            desc.append(w.pick(T.MODALITY_NOTE["supplier"][lang]).format(m=w.mods(mods)))
        desc.append(self._neg_text(neg, lang, region))
        needs = [w.pick(T.NEEDS["supplier_buyers"][lang]).format(p=w.caps(caps, mods))]
        if flags or rng.random() < 0.4:
            needs.append(w.pick(T.NEEDS["supplier_gmp"][lang]).format(p=w.caps(caps, mods)))
        return {
            "founded": founded,
            "mods": mods,
            "caps": caps,
            "flags": flags,
            "description": w.text(desc),
            "needs": w.text(needs),
        }

    def _pharma(self, kind: str, lang: str, foreign: bool, name: str, region: str) -> dict[str, Any]:
        rng = self.rng
        mods = self._mixed_mods(2, 4)
        caps: tuple[str, ...] = tuple(
            c
            for c, p in (("drug_discovery", 0.15), ("formulation", 0.2), ("commercial_manufacturing", 0.4))
            if rng.random() < p
        )
        neg = self._negative(kind, foreign)
        applied = self._apply_negative(neg, mods)
        if applied is None:
            neg = None
        else:
            (mods,) = applied
        flags = _GMP_RECORD_ONLY if neg and neg.get("gmp_record_only") else 0
        clusters = list(dict.fromkeys(W.CLUSTER_OF[m] for m in mods))
        steps = list(dict.fromkeys(s for c in clusters for s in W.CLUSTER_STEPS[c] if s not in caps))
        parts = list(dict.fromkeys(p for c in clusters for p in W.CLUSTER_PARTS[c]))
        want_steps = _sample(rng, steps, 1, 2)
        want_parts = _sample(rng, parts, 1, 2)
        w = _Writer(rng, lang)
        founded = rng.randint(*W.FOUNDED[kind])
        d = self._disease(lang)
        desc = [
            w.pick(T.INTRO["pharma"][lang]).format(
                name=name, m=w.mods(mods), d=d, region=self._region_label(region, lang)
            )
        ]
        plant = [c for c in caps if c != "drug_discovery"]
        if plant:
            desc.append(w.pick(T.PHARMA_PLANT[lang]).format(c=w.caps(plant, mods)))
        if "drug_discovery" in caps:
            desc.append(w.pick(T.PLATFORM_SERVICE[lang]).format(c=w.cap("drug_discovery", mods)))
        desc.append(self._neg_text(neg, lang, region))
        needs = []
        if rng.random() < 0.8:
            needs.append(w.pick(T.NEEDS["pharma_licensing"][lang]).format(m=w.mods(_sample(rng, mods, 1, 2)), d=d))
        needs.append(w.pick(T.NEEDS["pharma_cdmo"][lang]).format(c=w.caps(want_steps, mods), m=w.mods(mods[:1])))
        if rng.random() < 0.7:
            needs.append(w.pick(T.NEEDS["pharma_parts"][lang]).format(p=w.caps(want_parts, mods)))
        return {
            "founded": founded,
            "mods": mods,
            "caps": caps,
            "wants": (*want_steps, *want_parts),
            "rounds": ("series_a", "series_b", "series_c"),
            "flags": flags,
            "description": w.text(desc),
            "needs": w.text(needs),
        }

    def _academic(
        self,
        kind: str,
        lang: str,
        foreign: bool,
        name: str,
        region: str,
        cap_odds: tuple[tuple[str, float], ...],
    ) -> dict[str, Any]:
        rng = self.rng
        mods = self._mixed_mods(1, 3)
        caps = tuple(c for c, p in cap_odds if rng.random() < p)
        neg = self._negative(kind, foreign)
        if neg is not None and caps:
            applied = self._apply_negative(neg, caps)
            if applied is None:
                neg = None
            else:
                (caps,) = applied
        w = _Writer(rng, lang)
        founded = rng.randint(*W.FOUNDED[kind])
        d = self._disease(lang)
        desc = [w.pick(T.INTRO[kind][lang]).format(name=name, m=w.mods(mods), d=d)]
        if caps:
            desc.append(w.pick(T.ACADEMIC_FACILITY[lang]).format(c=w.caps(caps, mods)))
        desc.append(self._neg_text(neg, lang, region))
        needs = [w.pick(T.NEEDS["academic"][lang]).format(m=w.mods(mods[:2]), d=d)]
        return {
            "founded": founded,
            "mods": mods,
            "caps": caps,
            "description": w.text(desc),
            "needs": w.text(needs),
        }

    def _university(self, **kw: Any) -> dict[str, Any]:
        return self._academic(cap_odds=(("drug_discovery", 0.2), ("nonclinical_studies", 0.1)), **kw)

    def _research_institute(self, **kw: Any) -> dict[str, Any]:
        return self._academic(
            cap_odds=(
                ("drug_discovery", 0.3),
                ("nonclinical_studies", 0.2),
                ("analytical_development", 0.15),
            ),
            **kw,
        )

    def _hospital(self, kind: str, lang: str, foreign: bool, name: str, region: str) -> dict[str, Any]:
        rng = self.rng
        mods = _sample(rng, W.CLUSTERS["cell"], 1, 2) if rng.random() < 0.5 else ()
        caps = ("clinical_trials",) if rng.random() < 0.7 else ()
        w = _Writer(rng, lang)
        founded = rng.randint(*W.FOUNDED[kind])
        d = self._disease(lang)
        desc = [w.pick(T.INTRO["hospital"][lang]).format(name=name, d=d, beds=rng.randrange(200, 1300, 10))]
        if mods:
            desc.append(w.pick(T.MODALITY_NOTE["hospital"][lang]).format(m=w.mods(mods)))
        if caps:
            desc.append(w.pick(T.CAPS_SENTENCE[lang]).format(c=w.caps(caps, mods)))
        needs = [w.pick(T.NEEDS["hospital"][lang]).format(d=d)]
        return {
            "founded": founded,
            "mods": mods,
            "caps": caps,
            "description": w.text(desc),
            "needs": w.text(needs),
        }

    def _support(self, kind: str, lang: str, foreign: bool, name: str, region: str) -> dict[str, Any]:
        """Associations, support agencies, local governments and financial institutions."""
        rng = self.rng
        neg = self._negative(kind, foreign)
        flags = _DOMESTIC if neg and neg.get("domestic") else 0
        w = _Writer(rng, lang)
        founded = rng.randint(*W.FOUNDED[kind])
        label = self._region_label(region, lang)
        programmes = [p[1 if lang == "ja" else 0] for p in _sample_pairs(rng, T.PROGRAMMES[kind], 1, 2)]
        desc = [
            w.pick(T.INTRO[kind][lang]).format(name=name, region=label),
            w.pick(T.PROGRAMME_SENTENCE[lang]).format(x=w.join(programmes)),
        ]
        if rng.random() < 0.4:
            desc.append(w.pick(T.FOUNDED_SENTENCE[lang]).format(year=founded))
        desc.append(self._neg_text(neg, lang, region))
        needs = [w.pick(T.NEEDS[kind][lang]).format(region=label)]
        rounds = ("series_a", "series_b", "series_c") if kind == "finance" else ()
        return {
            "founded": founded,
            "mods": (),
            "caps": (),
            "rounds": rounds,
            "flags": flags,
            "description": w.text(desc),
            "needs": w.text(needs),
        }


def _sample_pairs(rng: random.Random, items: Sequence[tuple[str, str]], lo: int, hi: int) -> list[tuple[str, str]]:
    n = min(len(items), rng.randint(lo, hi))
    return [items[i] for i in sorted(rng.sample(range(len(items)), n))]


# --- seeds ------------------------------------------------------------------------------------


def _seed_records(
    rng: random.Random, orgs: list[_Org], seeds: list[tuple[int, tuple[str, ...]]]
) -> Iterator[dict[str, Any]]:
    """About 0.2 research seeds per organisation, owned by universities, institutes and startups."""
    by_kind: dict[str, list[int]] = {k: [] for k, _ in W.SEED_OWNERS}
    for i, o in enumerate(orgs):
        if o.kind in by_kind:
            by_kind[o.kind].append(i)
    kinds = [k for k, _ in W.SEED_OWNERS if by_kind[k]]
    if not kinds:
        return
    cum = _cum([w * len(by_kind[k]) for k, w in W.SEED_OWNERS if by_kind[k]])
    for j in range(round(0.2 * len(orgs))):
        kind = _weighted(rng, kinds, cum)
        owner = rng.choice(by_kind[kind])
        o = orgs[owner]
        mods = _sample(rng, o.mods, 1, 2) if o.mods else (rng.choice(tuple(T.MODALITY)),)
        stage = rng.choices([s for s, _ in W.SEED_STAGES[kind]], weights=[w for _, w in W.SEED_STAGES[kind]])[0]
        caps: tuple[str, ...] = ()
        if rng.random() < 0.1:
            caps = (rng.choice(("process_development", "upstream", "downstream", "analytical_development")),)
        w = _Writer(rng, o.lang)
        en_d, ja_d = rng.choice(T.DISEASES)
        d = rng.choice(ja_d if o.lang == "ja" else en_d)
        code = f"SYN-{j:05d}"
        tech = w.pick(T.TECH[mods[0]][o.lang])
        desc = [
            w.pick(T.SEED_DESCRIPTION[o.lang]).format(m=w.mods(mods), d=d, tech=tech),
            w.pick(T.STAGE_SENTENCES[stage][o.lang]),
        ]
        if caps:
            desc.append(w.pick(T.SEED_CAPABILITY[o.lang]).format(c=w.cap(caps[0])))
        seeds.append((owner, mods))
        yield {
            "record": "seed",
            "id": f"{W.PREFIX}seed-{j:06d}",
            "name": f"{code}: {T.MODALITY[mods[0]]['en'][0]} for {rng.choice(en_d)}",
            "name_ja": f"{code}：{rng.choice(ja_d)}に対する{T.MODALITY[mods[0]]['ja'][0]}",
            "description": w.text(desc),
            "owner": o.id,
            "modalities": list(mods),
            "capabilities": list(caps),
            "stage": stage,
            "source": SOURCE,
        }


# --- links ------------------------------------------------------------------------------------


class _Graph:
    """Grows the link graph by preferential attachment.

    Organisations arrive in order of foundation; each newcomer links to organisations already
    there. Partners are drawn from per-kind "bags" in which an organisation appears once on
    arrival and once more per link end, so a uniform draw from a bag is a draw proportional to
    degree + 1: early, well-connected organisations keep attracting partners and the degree
    distribution gets the heavy tail of real ecosystems.
    """

    def __init__(
        self,
        rng: random.Random,
        orgs: list[_Org],
        events: list[_Event],
        seeds: list[tuple[int, tuple[str, ...]]],
    ) -> None:
        self.rng = rng
        self.orgs = orgs
        self.events = events
        self.seeds = seeds
        self.bags: dict[str, array[int]] = {k: array("l") for k in W.KINDS}
        self.event_bags: list[array[int]] = [array("l") for _ in events]
        self.seen: set[int] = set()
        self.n_nodes = len(orgs) + len(events) + len(seeds)
        self.n_keys = max(len(events), len(W.ROUND_ORDER)) + 1
        years = list(range(W.FIRST_LINK_YEAR, W.LAST_LINK_DAY.year + 1))
        # More links in later years: weights grow by 30% a year (2026 counts until October).
        growth = [1.3 ** (y - W.FIRST_LINK_YEAR) * (10 / 12 if y == W.LAST_LINK_DAY.year else 1.0) for y in years]
        self.year_cum = {lo: (years[lo - years[0] :], _cum(growth[lo - years[0] :])) for lo in years}
        self.year_span = {
            y: (
                dt.date(y, 1, 1).toordinal(),
                (min(dt.date(y, 12, 31), W.LAST_LINK_DAY).toordinal() - dt.date(y, 1, 1).toordinal() + 1),
            )
            for y in years
        }
        first_event_year = min(e.year for e in events) if events else W.FIRST_LINK_YEAR
        self.event_cum: dict[int, tuple[list[int], list[float]]] = {}
        for lo in range(first_event_year, W.EVENT_LAST_YEAR + 1):
            idx = [k for k, e in enumerate(events) if e.year >= lo]
            self.event_cum[lo] = (idx, _cum([events[k].weight * 1.15 ** (events[k].year - lo) for k in idx]))
        self.first_event_year = first_event_year

    # dates

    def _date_in(self, year: int) -> str:
        year = min(max(year, W.FIRST_LINK_YEAR), W.LAST_LINK_DAY.year)
        start, span = self.year_span[year]
        return dt.date.fromordinal(start + int(self.rng.random() * span)).isoformat()

    def _since(self, *founded: int) -> str:
        lo = min(max(W.FIRST_LINK_YEAR, *founded), W.LAST_LINK_DAY.year)
        years, cum = self.year_cum[lo]
        return self._date_in(_weighted(self.rng, years, cum))

    # picking partners

    def _pick(
        self, prefs: Sequence[tuple[str, float]], accept: Callable[[int], bool] | None = None, tries: int = 8
    ) -> int:
        """An arrived organisation of one of the preferred kinds, drawn proportionally to degree + 1."""
        rng = self.rng
        bags = []
        total = 0.0
        for kind, weight in prefs:
            bag = self.bags[kind]
            if bag:
                x = weight * len(bag)
                bags.append((bag, x))
                total += x
        if not bags:
            return -1
        for _ in range(tries):
            x = rng.random() * total
            chosen = bags[-1][0]
            for bag, wgt in bags:
                if x < wgt:
                    chosen = bag
                    break
                x -= wgt
            j = chosen[int(rng.random() * len(chosen))]
            if accept is None or accept(j):
                return j
        return -1

    # link records

    def _key(self, t: str, a: int, b: int, key: int) -> int:
        if t in _SYMMETRIC and b < a:
            a, b = b, a
        return ((_TYPE_CODE[t] * self.n_nodes + a) * self.n_nodes + b) * self.n_keys + key

    def _org_link(
        self, t: str, a: int, b: int, since: str, attrs: dict[str, Any], key: int = 0
    ) -> dict[str, Any] | None:
        if a == b or a < 0 or b < 0:
            return None
        code = self._key(t, a, b, key)
        if code in self.seen:
            return None
        self.seen.add(code)
        oa, ob = self.orgs[a], self.orgs[b]
        self.bags[oa.kind].append(a)
        self.bags[ob.kind].append(b)
        return {
            "record": "link",
            "source": oa.id,
            "target": ob.id,
            "type": t,
            "since": since,
            "attributes": attrs,
            "reference": SOURCE,
        }

    # rules

    def _round_year(self, s: _Org, r: str, salt: int) -> int:
        return min(W.LAST_LINK_DAY.year, s.founded + W.ROUND_OFFSET[r] + (salt & 1))

    def _eligible_rounds(self, inv: int, s: int) -> list[str]:
        """Rounds of startup ``s`` that investor ``inv`` could have joined."""
        io, so = self.orgs[inv], self.orgs[s]
        if io.flags & _DOMESTIC and so.foreign:
            return []
        if io.mods and not _overlaps(io.mods, so.mods) and self.rng.random() >= 0.25:
            return []
        lo = max(W.FIRST_LINK_YEAR, io.founded)
        return [r for r in so.rounds if r in io.rounds and self._round_year(so, r, s) >= lo]

    def _investment(self, inv: int, s: int, r: str, lead: bool) -> dict[str, Any] | None:
        millions = self.rng.randint(*W.ROUND_AMOUNT[r])
        amount = (millions * 3 // 2 if lead else millions) * 1_000_000
        attrs: dict[str, Any] = {"round": r, "lead": lead, "amount_jpy": amount}
        if self.orgs[inv].kind == "finance":
            attrs["programme"] = self.rng.choice(T.FINANCE_PROGRAMMES)
        since = self._date_in(self._round_year(self.orgs[s], r, s))
        return self._org_link("INVESTED_IN", inv, s, since, attrs, key=W.ROUND_ORDER.index(r) + 1)

    def _serves(self, provider: int, client: int) -> bool:
        p, c = self.orgs[provider], self.orgs[client]
        if not p.mods or _overlaps(p.mods, c.mods):
            return True
        return self.rng.random() < (0.2 if p.kind == "cdmo" else 0.5)

    def _outsourcing(self, client: int, provider: int) -> dict[str, Any] | None:
        p, c = self.orgs[provider], self.orgs[client]
        services = [x for x in p.caps if x in c.wants] or list(_sample(self.rng, p.caps, 1, 2))
        return self._org_link(
            "OUTSOURCES_TO", client, provider, self._since(p.founded, c.founded), {"services": services}
        )

    def _supply_ok(self, supplier: int, buyer: int) -> bool:
        return not (self.orgs[supplier].flags & _NO_GMP_RECORD and self.orgs[buyer].flags & _GMP_RECORD_ONLY)

    def _supply(self, supplier: int, buyer: int) -> dict[str, Any] | None:
        s, b = self.orgs[supplier], self.orgs[buyer]
        items = [x for x in s.caps if x in b.wants] or list(_sample(self.rng, s.caps, 1, 2))
        return self._org_link("SUPPLIES", supplier, buyer, self._since(s.founded, b.founded), {"items": items})

    def _topic(self, bank: dict[str, tuple[str, ...]], a: _Org, b: _Org) -> str:
        lang = b.lang
        shared = [m for m in a.mods if m in b.mods] or list(a.mods or b.mods) or ["small_molecule"]
        w = _Writer(self.rng, lang)
        en_d, ja_d = self.rng.choice(T.DISEASES)
        return w.pick(bank[lang]).format(m=w.mod(shared[0]), d=self.rng.choice(ja_d if lang == "ja" else en_d))

    def _collaboration(self, academic: int, company: int) -> dict[str, Any] | None:
        a, c = self.orgs[academic], self.orgs[company]
        return self._org_link(
            "COLLABORATES_WITH",
            academic,
            company,
            self._since(a.founded, c.founded),
            {"topic": self._topic(T.COLLAB_TOPICS, a, c)},
        )

    def _licence(self, university: int, licensee: int) -> dict[str, Any] | None:
        u, c = self.orgs[university], self.orgs[licensee]
        return self._org_link(
            "LICENSED_TO",
            university,
            licensee,
            self._since(u.founded, c.founded),
            {"topic": self._topic(T.LICENCE_TOPICS, u, c)},
        )

    # arrivals

    def links(self) -> Iterator[dict[str, Any]]:
        rng = self.rng
        jitter = [rng.random() for _ in self.orgs]
        order = sorted(range(len(self.orgs)), key=lambda i: (self.orgs[i].founded, jitter[i]))
        for i in order:
            handler = getattr(self, f"_arrive_{self.orgs[i].kind}", None)
            if handler is not None:
                for link in handler(i):
                    if link is not None:
                        yield link
            yield from self._attend(i)
            self.bags[self.orgs[i].kind].append(i)
        yield from self._seed_licences()

    def _arrive_startup(self, i: int) -> Iterator[dict[str, Any] | None]:
        rng, o = self.rng, self.orgs[i]
        if o.founded >= W.FIRST_LINK_YEAR and rng.random() < 0.45:
            parent = self._pick(W.SPINOUT_PARENTS)
            if parent >= 0:
                since = self._date_in(o.founded)
                yield self._org_link("SPUN_OUT_FROM", i, parent, since, {})
                if self.orgs[parent].kind == "university" and rng.random() < 0.5:
                    yield self._org_link(
                        "LICENSED_TO", parent, i, since, {"topic": rng.choice(T.SPINOUT_LICENCE[o.lang])}
                    )
        for r in o.rounds:
            if self._round_year(o, r, i) < W.FIRST_LINK_YEAR:
                continue
            lead = True
            for _ in range(1 + _poisson(rng, 0.7)):
                inv = self._pick(W.INVESTORS, accept=lambda j, r=r: r in self._eligible_rounds(j, i))
                if inv >= 0:
                    link = self._investment(inv, i, r, lead)
                    if link is not None:
                        lead = False
                        yield link
        for _ in range(_poisson(rng, 1.1)):
            provider = self._pick(W.PROVIDERS, accept=lambda j: self._serves(j, i))
            if provider >= 0:
                yield self._outsourcing(i, provider)
        for _ in range(_poisson(rng, 0.5)):
            partner = self._pick(W.ACADEMIA)
            if partner >= 0:
                yield self._collaboration(partner, i)

    def _invest_in_startups(self, i: int, mean: float) -> Iterator[dict[str, Any] | None]:
        rounds: list[str] = []

        def accept(j: int) -> bool:
            rounds[:] = self._eligible_rounds(i, j)
            return bool(rounds)

        for _ in range(_poisson(self.rng, mean)):
            s = self._pick((("startup", 1.0),), accept=accept)
            if s >= 0:
                yield self._investment(i, s, self.rng.choice(rounds), lead=self.rng.random() < 0.4)

    def _arrive_pharma(self, i: int) -> Iterator[dict[str, Any] | None]:
        rng = self.rng
        for _ in range(_poisson(rng, 2.0)):
            provider = self._pick(W.PROVIDERS, accept=lambda j: self._serves(j, i))
            if provider >= 0:
                yield self._outsourcing(i, provider)
        for _ in range(_poisson(rng, 1.5)):
            partner = self._pick(W.ACADEMIA)
            if partner >= 0:
                yield self._collaboration(partner, i)
        yield from self._invest_in_startups(i, 0.5)
        for _ in range(_poisson(rng, 0.3)):
            university = self._pick((("university", 1.0),))
            if university >= 0:
                yield self._licence(university, i)
        for _ in range(_poisson(rng, 0.8)):
            supplier = self._pick((("supplier", 1.0),), accept=lambda j: self._supply_ok(j, i))
            if supplier >= 0:
                yield self._supply(supplier, i)

    def _arrive_cdmo(self, i: int) -> Iterator[dict[str, Any] | None]:
        for _ in range(_poisson(self.rng, 1.2)):
            client = self._pick(W.COMPANY_PARTNERS, accept=lambda j: self._serves(i, j))
            if client >= 0:
                yield self._outsourcing(client, i)
        for _ in range(_poisson(self.rng, 1.0)):
            supplier = self._pick((("supplier", 1.0),), accept=lambda j: self._supply_ok(j, i))
            if supplier >= 0:
                yield self._supply(supplier, i)

    def _arrive_cro(self, i: int) -> Iterator[dict[str, Any] | None]:
        for _ in range(_poisson(self.rng, 1.2)):
            client = self._pick(W.COMPANY_PARTNERS, accept=lambda j: self._serves(i, j))
            if client >= 0:
                yield self._outsourcing(client, i)

    def _arrive_vc(self, i: int) -> Iterator[dict[str, Any] | None]:
        yield from self._invest_in_startups(i, 2.0)

    def _arrive_finance(self, i: int) -> Iterator[dict[str, Any] | None]:
        yield from self._invest_in_startups(i, 0.8)

    def _arrive_supplier(self, i: int) -> Iterator[dict[str, Any] | None]:
        for _ in range(_poisson(self.rng, 2.5)):
            buyer = self._pick(W.BUYERS, accept=lambda j: self._supply_ok(i, j))
            if buyer >= 0:
                yield self._supply(i, buyer)

    def _arrive_academic(self, i: int) -> Iterator[dict[str, Any] | None]:
        for _ in range(_poisson(self.rng, 1.2)):
            company = self._pick(W.COMPANY_PARTNERS)
            if company >= 0:
                yield self._collaboration(i, company)

    def _arrive_university(self, i: int) -> Iterator[dict[str, Any] | None]:
        yield from self._arrive_academic(i)
        for _ in range(_poisson(self.rng, 0.3)):
            licensee = self._pick((("pharma", 1.0), ("startup", 1.0)))
            if licensee >= 0:
                yield self._licence(i, licensee)

    _arrive_research_institute = _arrive_academic
    _arrive_hospital = _arrive_academic

    def _attend(self, i: int) -> Iterator[dict[str, Any]]:
        """Events the newcomer attends, and meetings there with earlier attendees."""
        rng, o = self.rng, self.orgs[i]
        if not self.events:
            return
        lo = max(o.founded, self.first_event_year)
        if lo > W.EVENT_LAST_YEAR:
            return
        idx, cum = self.event_cum[lo]
        n_orgs = len(self.orgs)
        for _ in range(_poisson(rng, W.EVENT_RATE[o.kind])):
            k = _weighted(rng, idx, cum)
            ev = self.events[k]
            code = self._key("ATTENDS", i, n_orgs + k, 0)
            if code in self.seen:
                continue
            self.seen.add(code)
            self.bags[o.kind].append(i)
            since = ev.starts_on.isoformat()
            yield {
                "record": "link",
                "source": o.id,
                "target": ev.id,
                "type": "ATTENDS",
                "since": since,
                "attributes": {"role": rng.choice(T.ATTEND_ROLES)},
                "reference": SOURCE,
            }
            bag = self.event_bags[k]
            for _ in range(_poisson(rng, W.MEETINGS_PER_ATTENDANCE) if bag else 0):
                j = self._meeting_partner(o.kind, bag)
                link = self._org_link(
                    "MET_WITH",
                    i,
                    j,
                    since,
                    {"event": ev.id, "outcome": rng.choice(T.OUTCOMES[o.lang])},
                    key=k + 1,
                )
                if link is not None:
                    bag.append(j)
                    bag.append(i)
                    yield link
            bag.append(i)

    def _meeting_partner(self, kind: str, bag: array[int]) -> int:
        """An earlier attendee (more likely the more meetings it already had there) worth meeting."""
        rng = self.rng
        for _ in range(6):
            j = bag[int(rng.random() * len(bag))]
            pair = frozenset((kind, self.orgs[j].kind))
            if rng.random() < W.MEETING_AFFINITY.get(pair, W.MEETING_DEFAULT):
                return j
        return -1

    def _seed_licences(self) -> Iterator[dict[str, Any]]:
        """About a third of the research seeds are licensed to a pharma company or a startup."""
        base = len(self.orgs) + len(self.events)
        for j, (owner, mods) in enumerate(self.seeds):
            if self.rng.random() >= 0.35 or self.orgs[owner].flags & _NO_OUT_LICENCE:
                continue
            licensee = self._pick((("pharma", 1.0), ("startup", 0.7)), accept=lambda x, owner=owner: x != owner)
            if licensee < 0:
                continue
            code = self._key("LICENSED_TO", base + j, licensee, 0)
            if code in self.seen:
                continue
            self.seen.add(code)
            lic = self.orgs[licensee]
            self.bags[lic.kind].append(licensee)
            w = _Writer(self.rng, lic.lang)
            en_d, ja_d = self.rng.choice(T.DISEASES)
            topic = w.pick(T.LICENCE_TOPICS[lic.lang]).format(
                m=w.mod(mods[0]), d=self.rng.choice(ja_d if lic.lang == "ja" else en_d)
            )
            yield {
                "record": "link",
                "source": f"{W.PREFIX}seed-{j:06d}",
                "target": lic.id,
                "type": "LICENSED_TO",
                "since": self._since(self.orgs[owner].founded, lic.founded),
                "attributes": {"topic": topic},
                "reference": SOURCE,
            }


# --- public API -------------------------------------------------------------------------------


def count_estimate(orgs: int) -> int:
    """Roughly how many records ``generate(orgs)`` yields, for a progress bar."""
    fixed = len(W.COMMUNITIES) + len(W.HUBS) + len(_events())
    return fixed + orgs + round(0.2 * orgs) + 5 * orgs


def generate(orgs: int, seed: int = 0) -> Iterator[dict[str, Any]]:
    """Yield exchange-format records (plain, JSON-serialisable dicts) for a fictional ecosystem.

    Order is communities, hubs, events, organisations, seeds, links, so every id is yielded
    before it is referenced. The output depends only on ``(orgs, seed)``.
    """
    if orgs < 0:
        raise ValueError("orgs must be >= 0")
    rng = random.Random(seed)
    yield from _community_records()
    yield from _hub_records()
    events = _events()
    for _, rec in events:
        yield rec
    factory = _OrgFactory(rng)
    skeletons: list[_Org] = []
    for i in range(orgs):
        org, rec = factory.make(i)
        skeletons.append(org)
        yield rec
    del factory  # the name set is no longer needed
    seeds: list[tuple[int, tuple[str, ...]]] = []
    yield from _seed_records(rng, skeletons, seeds)
    graph = _Graph(rng, skeletons, [ev for ev, _ in events], seeds)
    yield from graph.links()
