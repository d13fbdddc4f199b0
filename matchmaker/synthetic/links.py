"""The link graph of the fictional ecosystem, grown by preferential attachment."""

from __future__ import annotations

import datetime as dt
import random
from array import array
from collections.abc import Callable, Iterator, Sequence
from typing import Any

from matchmaker.synthetic import texts as T
from matchmaker.synthetic import world as W
from matchmaker.synthetic.common import (
    DOMESTIC,
    GMP_RECORD_ONLY,
    NO_GMP_RECORD,
    NO_OUT_LICENCE,
    SOURCE,
    Event,
    Org,
    cumulate,
    overlaps,
    poisson,
    sample,
    weighted,
)
from matchmaker.synthetic.writer import Writer

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


# --- links ------------------------------------------------------------------------------------


class Graph:
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
        orgs: list[Org],
        events: list[Event],
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
        self.year_cum = {lo: (years[lo - years[0] :], cumulate(growth[lo - years[0] :])) for lo in years}
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
            self.event_cum[lo] = (idx, cumulate([events[k].weight * 1.15 ** (events[k].year - lo) for k in idx]))
        self.first_event_year = first_event_year

    # dates

    def _date_in(self, year: int) -> str:
        year = min(max(year, W.FIRST_LINK_YEAR), W.LAST_LINK_DAY.year)
        start, span = self.year_span[year]
        return dt.date.fromordinal(start + int(self.rng.random() * span)).isoformat()

    def _since(self, *founded: int) -> str:
        lo = min(max(W.FIRST_LINK_YEAR, *founded), W.LAST_LINK_DAY.year)
        years, cum = self.year_cum[lo]
        return self._date_in(weighted(self.rng, years, cum))

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

    def _round_year(self, s: Org, r: str, salt: int) -> int:
        return min(W.LAST_LINK_DAY.year, s.founded + W.ROUND_OFFSET[r] + (salt & 1))

    def _eligible_rounds(self, inv: int, s: int) -> list[str]:
        """Rounds of startup ``s`` that investor ``inv`` could have joined."""
        io, so = self.orgs[inv], self.orgs[s]
        if io.flags & DOMESTIC and so.foreign:
            return []
        if io.mods and not overlaps(io.mods, so.mods) and self.rng.random() >= 0.25:
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
        if not p.mods or overlaps(p.mods, c.mods):
            return True
        return self.rng.random() < (0.2 if p.kind == "cdmo" else 0.5)

    def _outsourcing(self, client: int, provider: int) -> dict[str, Any] | None:
        p, c = self.orgs[provider], self.orgs[client]
        services = [x for x in p.caps if x in c.wants] or list(sample(self.rng, p.caps, 1, 2))
        return self._org_link(
            "OUTSOURCES_TO", client, provider, self._since(p.founded, c.founded), {"services": services}
        )

    def _supply_ok(self, supplier: int, buyer: int) -> bool:
        return not (self.orgs[supplier].flags & NO_GMP_RECORD and self.orgs[buyer].flags & GMP_RECORD_ONLY)

    def _supply(self, supplier: int, buyer: int) -> dict[str, Any] | None:
        s, b = self.orgs[supplier], self.orgs[buyer]
        items = [x for x in s.caps if x in b.wants] or list(sample(self.rng, s.caps, 1, 2))
        return self._org_link("SUPPLIES", supplier, buyer, self._since(s.founded, b.founded), {"items": items})

    def _topic(self, bank: dict[str, tuple[str, ...]], a: Org, b: Org) -> str:
        lang = b.lang
        shared = [m for m in a.mods if m in b.mods] or list(a.mods or b.mods) or ["small_molecule"]
        w = Writer(self.rng, lang)
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
            for _ in range(1 + poisson(rng, 0.7)):
                inv = self._pick(W.INVESTORS, accept=lambda j, r=r: r in self._eligible_rounds(j, i))
                if inv >= 0:
                    link = self._investment(inv, i, r, lead)
                    if link is not None:
                        lead = False
                        yield link
        for _ in range(poisson(rng, 1.1)):
            provider = self._pick(W.PROVIDERS, accept=lambda j: self._serves(j, i))
            if provider >= 0:
                yield self._outsourcing(i, provider)
        for _ in range(poisson(rng, 0.5)):
            partner = self._pick(W.ACADEMIA)
            if partner >= 0:
                yield self._collaboration(partner, i)

    def _invest_in_startups(self, i: int, mean: float) -> Iterator[dict[str, Any] | None]:
        rounds: list[str] = []

        def accept(j: int) -> bool:
            rounds[:] = self._eligible_rounds(i, j)
            return bool(rounds)

        for _ in range(poisson(self.rng, mean)):
            s = self._pick((("startup", 1.0),), accept=accept)
            if s >= 0:
                yield self._investment(i, s, self.rng.choice(rounds), lead=self.rng.random() < 0.4)

    def _arrive_pharma(self, i: int) -> Iterator[dict[str, Any] | None]:
        rng = self.rng
        for _ in range(poisson(rng, 2.0)):
            provider = self._pick(W.PROVIDERS, accept=lambda j: self._serves(j, i))
            if provider >= 0:
                yield self._outsourcing(i, provider)
        for _ in range(poisson(rng, 1.5)):
            partner = self._pick(W.ACADEMIA)
            if partner >= 0:
                yield self._collaboration(partner, i)
        yield from self._invest_in_startups(i, 0.5)
        for _ in range(poisson(rng, 0.3)):
            university = self._pick((("university", 1.0),))
            if university >= 0:
                yield self._licence(university, i)
        for _ in range(poisson(rng, 0.8)):
            supplier = self._pick((("supplier", 1.0),), accept=lambda j: self._supply_ok(j, i))
            if supplier >= 0:
                yield self._supply(supplier, i)

    def _arrive_cdmo(self, i: int) -> Iterator[dict[str, Any] | None]:
        for _ in range(poisson(self.rng, 1.2)):
            client = self._pick(W.COMPANY_PARTNERS, accept=lambda j: self._serves(i, j))
            if client >= 0:
                yield self._outsourcing(client, i)
        for _ in range(poisson(self.rng, 1.0)):
            supplier = self._pick((("supplier", 1.0),), accept=lambda j: self._supply_ok(j, i))
            if supplier >= 0:
                yield self._supply(supplier, i)

    def _arrive_cro(self, i: int) -> Iterator[dict[str, Any] | None]:
        for _ in range(poisson(self.rng, 1.2)):
            client = self._pick(W.COMPANY_PARTNERS, accept=lambda j: self._serves(i, j))
            if client >= 0:
                yield self._outsourcing(client, i)

    def _arrive_vc(self, i: int) -> Iterator[dict[str, Any] | None]:
        yield from self._invest_in_startups(i, 2.0)

    def _arrive_finance(self, i: int) -> Iterator[dict[str, Any] | None]:
        yield from self._invest_in_startups(i, 0.8)

    def _arrive_supplier(self, i: int) -> Iterator[dict[str, Any] | None]:
        for _ in range(poisson(self.rng, 2.5)):
            buyer = self._pick(W.BUYERS, accept=lambda j: self._supply_ok(i, j))
            if buyer >= 0:
                yield self._supply(i, buyer)

    def _arrive_academic(self, i: int) -> Iterator[dict[str, Any] | None]:
        for _ in range(poisson(self.rng, 1.2)):
            company = self._pick(W.COMPANY_PARTNERS)
            if company >= 0:
                yield self._collaboration(i, company)

    def _arrive_university(self, i: int) -> Iterator[dict[str, Any] | None]:
        yield from self._arrive_academic(i)
        for _ in range(poisson(self.rng, 0.3)):
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
        for _ in range(poisson(rng, W.EVENT_RATE[o.kind])):
            k = weighted(rng, idx, cum)
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
            for _ in range(poisson(rng, W.MEETINGS_PER_ATTENDANCE) if bag else 0):
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
            if self.rng.random() >= 0.35 or self.orgs[owner].flags & NO_OUT_LICENCE:
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
            w = Writer(self.rng, lic.lang)
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
