"""Partnering events: programme, participants, meeting requests, suggestions, the schedule,
agendas and their exports. Every route is under ``/v1/events/{event_id}``; the event itself is
an ordinary record (``/v1/events``).

Who may do what: the event's organiser (or an admin) runs everything; a member acts for its own
organisation (registers, sends and answers its requests, reads its agenda and suggestions, records
its meetings' outcomes); any key holder reads the programme and who takes part, without the
people (names, e-mails) of other participants."""

from __future__ import annotations

from typing import Annotated, Literal

from fastapi import APIRouter, Depends, Query, Request, Response

from matchmaker.access.models import Principal, Role
from matchmaker.access.policy import forbidden, require
from matchmaker.api.deps import GraphDep, MatcherDep, SettingsDep
from matchmaker.api.security import Caller
from matchmaker.matching.models import Target
from matchmaker.model.records import Id
from matchmaker.partnering import exports
from matchmaker.partnering.models import (
    Agenda,
    Decision,
    EventSetup,
    EventStatistics,
    MeetingPatch,
    MeetingRequest,
    OrganiserPair,
    Outcome,
    Participant,
    ParticipantIn,
    Programme,
    RequestIn,
    RequestStatus,
    ScheduleRun,
    ScheduleSummary,
    Suggestion,
)
from matchmaker.partnering.service import Partnering

router = APIRouter(prefix="/v1/events/{event_id}", tags=["partnering"])


def get_partnering(event_id: Id, graph: GraphDep, settings: SettingsDep) -> Partnering:
    return Partnering(graph, event_id, reminder_hours=settings.notify_reminder_hours)


PartneringDep = Annotated[Partnering, Depends(get_partnering)]


def organiser(caller: Principal, event_id: str) -> None:
    if not caller.organises(event_id):
        require(caller, Role.organiser, what=f"run event {event_id!r}")
        raise forbidden(f"run event {event_id!r} (not one of this key's events)")


def for_participant(caller: Principal, event_id: str, org_id: str) -> bool:
    """The caller may act for ``org_id`` at this event: itself (True, with its confidential needs)
    or as the event's organiser (False)."""
    if caller.acts_for(org_id):
        return True
    if caller.organises(event_id):
        return False
    raise forbidden(f"act for {org_id!r} at event {event_id!r}")


def deciding(caller: Principal, event_id: str, by: str | None) -> str | None:
    """Who answers a request: the organiser may answer for either side (``by`` as given); a member
    answers as itself, so the service's receiver/sender check applies to its own organisation."""
    if caller.organises(event_id):
        return by
    require(caller, Role.member, what="answer meeting requests")
    if by not in (None, caller.org):
        raise forbidden(f"answer as {by!r}")
    return caller.org


def shown(participant: Participant, caller: Principal, event_id: str) -> Participant:
    """Other participants' people (names, e-mails) are for the organiser and the participant itself."""
    if caller.acts_for(participant.org) or caller.organises(event_id):
        return participant
    return participant.model_copy(update={"people": []})


AgendaFormat = Literal["json", "csv", "ics", "html", "xlsx"]
ExportLang = Annotated[
    Literal["en", "ja"], Query(description="XLSX: sheet names, headings and organisation names in this language.")
]
OverviewFormat = Literal["json", "csv", "xlsx", "html"]
XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


UnlockConflicts = Annotated[
    bool,
    Query(
        description="The organiser confirms a change that conflicts with locked meetings: they are unlocked "
        "(and named in the audit trail) instead of the change being refused."
    ),
]


def audit_unlocked(request: Request, partnering: Partnering) -> None:
    """Name the meetings a confirmed change unlocked in this write's audit entry."""
    if getattr(partnering, "unlocked", None):
        request.state.audit_detail = "unlocked " + "; ".join(partnering.unlocked)


@router.put("/programme", response_model=Programme, summary="Set the partnering programme (slots, tables, rules)")
def set_programme(
    body: EventSetup,
    partnering: PartneringDep,
    caller: Caller,
    request: Request,
    unlock_conflicts: UnlockConflicts = False,
) -> Programme:
    organiser(caller, partnering.event_id)
    programme = partnering.set_programme(body, unlock=unlock_conflicts)
    audit_unlocked(request, partnering)
    return programme


@router.get("/programme", response_model=Programme, summary="The partnering programme")
def get_programme(partnering: PartneringDep) -> Programme:
    return partnering.programme()


@router.get("/participants", response_model=list[Participant], summary="Partnering participants")
def list_participants(partnering: PartneringDep, caller: Caller) -> list[Participant]:
    return [shown(p, caller, partnering.event_id) for p in partnering.participants()]


@router.put("/participants/{org_id}", response_model=Participant, summary="Register or update a participant")
def register(
    org_id: Id,
    body: ParticipantIn,
    partnering: PartneringDep,
    caller: Caller,
    request: Request,
    unlock_conflicts: UnlockConflicts = False,
) -> Participant:
    for_participant(caller, partnering.event_id, org_id)
    if unlock_conflicts and not caller.organises(partnering.event_id):
        raise forbidden(f"unlock meetings at event {partnering.event_id!r} (only its organiser may)")
    participant = partnering.register(org_id, body, unlock=unlock_conflicts)
    audit_unlocked(request, partnering)
    return participant


@router.get("/participants/{org_id}", response_model=Participant, summary="One participant")
def get_participant(org_id: Id, partnering: PartneringDep, caller: Caller) -> Participant:
    return shown(partnering.participants(org_id)[0], caller, partnering.event_id)


@router.delete("/participants/{org_id}", status_code=204, summary="Withdraw a participant (requests and meetings)")
def unregister(org_id: Id, partnering: PartneringDep, caller: Caller) -> Response:
    for_participant(caller, partnering.event_id, org_id)
    partnering.unregister(org_id)
    return Response(status_code=204)


@router.get(
    "/participants/{org_id}/suggestions", response_model=list[Suggestion], summary="Meetings the matcher recommends"
)
def suggestions(
    org_id: Id,
    partnering: PartneringDep,
    matcher: MatcherDep,
    caller: Caller,
    target: Target = "any",
    limit: Annotated[int, Query(ge=1, le=50)] = 10,
) -> list[Suggestion]:
    own = for_participant(caller, partnering.event_id, org_id)
    return partnering.suggestions(org_id, matcher, target, limit, own=own)


@router.post("/requests", response_model=MeetingRequest, status_code=201, summary="Send a meeting request")
def send_request(body: RequestIn, partnering: PartneringDep, caller: Caller) -> MeetingRequest:
    for_participant(caller, partnering.event_id, body.sender)
    return partnering.send(body)


@router.get("/requests", response_model=list[MeetingRequest], summary="Meeting requests")
def list_requests(
    partnering: PartneringDep, caller: Caller, participant: Id | None = None, status: RequestStatus | None = None
) -> list[MeetingRequest]:
    """The organiser sees every request; a member only its own (``participant`` defaults to it)."""
    if not caller.organises(partnering.event_id):
        require(caller, Role.member, what="list meeting requests")
        if participant not in (None, caller.org):
            raise forbidden(f"list the requests of {participant!r}")
        participant = caller.org
    return partnering.requests(participant=participant, status=status)


@router.get("/requests/{request_id}", response_model=MeetingRequest, summary="One meeting request")
def get_request(request_id: str, partnering: PartneringDep, caller: Caller) -> MeetingRequest:
    found = partnering.get_request(request_id)
    if not caller.organises(partnering.event_id):
        require(caller, Role.member, what="read meeting requests")
        if caller.org not in (found.sender, found.to):
            raise forbidden(f"read request {request_id!r} (it is between two other organisations)")
    return found


@router.post("/requests/{request_id}/accept", response_model=MeetingRequest, summary="Accept a pending request")
def accept(request_id: str, partnering: PartneringDep, caller: Caller, body: Decision | None = None) -> MeetingRequest:
    body = body or Decision()
    return partnering.decide(request_id, "accepted", body.reason, deciding(caller, partnering.event_id, body.by))


@router.post("/requests/{request_id}/decline", response_model=MeetingRequest, summary="Decline a pending request")
def decline(request_id: str, partnering: PartneringDep, caller: Caller, body: Decision | None = None) -> MeetingRequest:
    body = body or Decision()
    return partnering.decide(request_id, "declined", body.reason, deciding(caller, partnering.event_id, body.by))


@router.post("/requests/{request_id}/withdraw", response_model=MeetingRequest, summary="Withdraw a pending request")
def withdraw(
    request_id: str, partnering: PartneringDep, caller: Caller, body: Decision | None = None
) -> MeetingRequest:
    body = body or Decision()
    return partnering.decide(request_id, "withdrawn", body.reason, deciding(caller, partnering.event_id, body.by))


@router.post("/pairs", response_model=MeetingRequest, status_code=201, summary="Add an organiser-approved pair")
def add_pair(body: OrganiserPair, partnering: PartneringDep, caller: Caller) -> MeetingRequest:
    organiser(caller, partnering.event_id)
    return partnering.add_pair(body)


@router.post(
    "/schedule",
    response_model=ScheduleSummary,
    summary="Schedule the accepted pairs (locked ones stay; others stay unless moving helps, or `replan`)",
)
def schedule(
    partnering: PartneringDep, caller: Caller, settings: SettingsDep, body: ScheduleRun | None = None
) -> ScheduleSummary:
    organiser(caller, partnering.event_id)
    run = body or ScheduleRun()
    if run.relative_gap is None:  # the server's setting, read at the edge
        run = run.model_copy(update={"relative_gap": settings.schedule_relative_gap})
    return partnering.schedule(run)


@router.patch("/meetings/{meeting_id}", summary="Lock or unlock a meeting")
def patch_meeting(meeting_id: str, body: MeetingPatch, partnering: PartneringDep, caller: Caller) -> dict[str, object]:
    organiser(caller, partnering.event_id)
    return partnering.update_meeting(meeting_id, locked=body.locked)


@router.post(
    "/meetings/{meeting_id}/outcome",
    summary="Record that a meeting was held, its outcome and one side's feedback (once its slot has started)",
)
def outcome(meeting_id: str, body: Outcome, partnering: PartneringDep, caller: Caller) -> dict[str, object]:
    by = body.by
    if not caller.organises(partnering.event_id):
        require(caller, Role.member, what="record meeting outcomes")
        if caller.org not in partnering.meeting_parties(meeting_id):
            raise forbidden(f"record the outcome of meeting {meeting_id!r} (it is between two other organisations)")
        if by not in (None, caller.org):
            raise forbidden(f"give feedback as {by!r}")
        by = caller.org
    return partnering.record_outcome(meeting_id, body, by)


@router.get("/statistics", response_model=EventStatistics, summary="Requests, meetings and feedback in figures")
def statistics(partnering: PartneringDep, caller: Caller) -> EventStatistics:
    organiser(caller, partnering.event_id)
    return partnering.statistics()


def _download(content: str | bytes, media_type: str, filename: str) -> Response:
    return Response(content, media_type=media_type, headers={"Content-Disposition": f'inline; filename="{filename}"'})


@router.get(
    "/agenda/{org_id}",
    response_model=Agenda,
    summary="A participant's agenda (json, csv, ics, html or xlsx)",
    responses={200: {"content": {"text/csv": {}, "text/calendar": {}, "text/html": {}, XLSX: {}}}},
)
def agenda(
    org_id: Id, partnering: PartneringDep, caller: Caller, format: AgendaFormat = "json", lang: ExportLang = "en"
) -> Agenda | Response:
    for_participant(caller, partnering.event_id, org_id)
    name = f"{partnering.event_id}-{org_id}"
    if format == "ics":  # with the meetings later runs dropped, as cancellations
        ics = exports.agenda_ics(partnering.agenda(org_id, cancelled=True))
        return _download(ics, "text/calendar; charset=utf-8", f"{name}.ics")
    data = partnering.agenda(org_id)
    if format == "csv":
        return _download(exports.agenda_csv(data), "text/csv; charset=utf-8", f"{name}.csv")
    if format == "xlsx":
        return _download(exports.agenda_xlsx(data, lang), XLSX, f"{name}.xlsx")
    if format == "html":
        return Response(exports.agenda_html(data), media_type="text/html; charset=utf-8")
    return data


@router.get(
    "/meetings",
    response_model=Agenda,
    summary="All meetings by slot and table (json, csv, xlsx or html)",
    responses={200: {"content": {"text/csv": {}, XLSX: {}, "text/html": {}}}},
)
def overview(
    partnering: PartneringDep, caller: Caller, format: OverviewFormat = "json", lang: ExportLang = "en"
) -> Agenda | Response:
    organiser(caller, partnering.event_id)
    data = partnering.agenda()
    name = f"{partnering.event_id}-meetings"
    if format == "csv":
        return _download(exports.overview_csv(data), "text/csv; charset=utf-8", f"{name}.csv")
    if format == "xlsx":
        return _download(exports.overview_xlsx(data, lang), XLSX, f"{name}.xlsx")
    if format == "html":
        return Response(exports.agenda_html(data), media_type="text/html; charset=utf-8")
    return data
