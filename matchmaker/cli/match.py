"""``matchmaker match`` and ``matchmaker embed``: partners from the command line, and profile vectors."""

from __future__ import annotations

from typing import Annotated

import typer
from pydantic import TypeAdapter, ValidationError
from rich.table import Table

from matchmaker.cli.common import audited, console, fail, load_encoder, progress, services
from matchmaker.embeddings.store import EncoderMismatch, embed_all, embed_organizations
from matchmaker.errors import DomainError
from matchmaker.matching.models import MatchFilters, QueryText, Target


def match(
    for_id: Annotated[str | None, typer.Option("--for", help="Id of the organisation looking for partners.")] = None,
    text: Annotated[str | None, typer.Option("--text", help="A need in free text (Japanese or English).")] = None,
    target: Annotated[str, typer.Option(help="Kind of partner: cdmo, cro, vc, pharma, supplier, ... or any.")] = "any",
    limit: Annotated[int, typer.Option(min=1, max=100)] = 10,
    region: Annotated[str | None, typer.Option()] = None,
    community: Annotated[str | None, typer.Option()] = None,
    hub: Annotated[str | None, typer.Option()] = None,
    modality: Annotated[str | None, typer.Option()] = None,
    capability: Annotated[str | None, typer.Option()] = None,
    stage: Annotated[str | None, typer.Option()] = None,
    certification: Annotated[str | None, typer.Option(help="e.g. amed_certified_vc")] = None,
    offer: Annotated[
        str | None, typer.Option("--offer", help="What you offer (free text): buyers who look for it rank first.")
    ] = None,
    direction: Annotated[
        str | None, typer.Option(help="With --for: need (partners for its needs) or offer (buyers for its offer).")
    ] = None,
    exclude_partners: Annotated[bool, typer.Option(help="Leave out existing partners.")] = False,
    as_json: Annotated[bool, typer.Option("--json", help="Machine-readable output.")] = False,
    lang: Annotated[str, typer.Option(help="Language of the reasons: en or ja.")] = "en",
) -> None:
    """Rank partners for an organisation (--for), a free-text need (--text) or what you offer
    (--offer: buyers who look for it), with reasons."""
    if (for_id is None) == (text is None and offer is None):
        fail("give either --for ID, or --text TEXT and/or --offer TEXT")
    if direction not in (None, "need", "offer"):
        fail("--direction: need or offer")
    try:
        filters = MatchFilters(region=region, community=community, hub=hub, modality=modality, capability=capability,
                               stage=stage, certification=certification, exclude_partners=exclude_partners)  # fmt: skip
        kind = TypeAdapter(Target).validate_python(target)
        query = None if text is None else TypeAdapter(QueryText).validate_python(text)
        offered = None if offer is None else TypeAdapter(QueryText).validate_python(offer)
    except ValidationError as exc:
        err = exc.errors()[0]
        option = str(err["loc"][0]) if err["loc"] and isinstance(err["loc"][0], str) else "target"
        option = "text" if text is not None and err["type"].startswith("string") else option
        fail(f"--{option.replace('_', '-')}: {err['msg'].removeprefix('Value error, ')}")
    with services() as built:
        load_encoder(built)
        matcher = built.matcher
        try:
            if for_id:
                offering = None if direction is None else direction == "offer"
                result = matcher.match_organization(for_id, kind, filters, limit, offering=offering)
            else:
                result = matcher.match_text(query, kind, filters, limit, offer=offered)
        except DomainError as exc:
            fail(str(exc))
    if as_json:
        console.print_json(result.model_dump_json())
        return
    table = Table("#", "score", "organisation", "kind", "why", show_lines=True)
    for rank, m in enumerate(result.matches, start=1):
        why = "\n".join((r.ja if lang == "ja" else r.en) for r in m.reasons[:4])
        name = f"{m.name}\n{m.name_ja}" if m.name_ja and m.name_ja != m.name else m.name
        table.add_row(str(rank), f"{m.score:.3f}", f"{name}\n[dim]{m.id}[/]", m.kind, why)
    console.print(table)


@audited("embed")
def embed(
    all_profiles: Annotated[
        bool, typer.Option("--all", help="Every profile; switches to the configured model.")
    ] = False,
) -> None:
    """Embed profiles whose text changed; with --all, re-embed everything for a new encoder."""
    with services() as built:
        g, encoder = built.graph, load_encoder(built)
        total = g.read("read/counts")[0]["nodes"]
        orgs = next((n["n"] for n in total if n["label"] == "Organization"), 0)
        with progress() as bar:
            task = bar.add_task(f"Embedding ({encoder.name})", total=orgs)
            try:
                if all_profiles:
                    done = embed_all(g, encoder, rebuild=True, progress=lambda n: bar.advance(task, n))
                else:
                    ids = [r["id"] for r in g.read("embeddings/all_ids")]
                    done = embed_organizations(g, encoder, ids, progress=lambda n: bar.advance(task, n))
            except EncoderMismatch as exc:
                fail(str(exc))
    console.print(f"embedded {done} profile(s) with {encoder.name}")
