"""Partnering events: programme, participants, meeting requests, suggestions, the schedule,
agendas and their exports. Every route is under ``/v1/events/{event_id}``; the event itself is
an ordinary record (``/v1/events``)."""

from __future__ import annotations

from typing import Annotated, Literal

from fastapi import APIRouter, Depends, Query, Response

from matchmaker.api.deps import EncoderDep, GraphDep, VectorsDep
from matchmaker.matching.models import Target
from matchmaker.model.records import Id
from matchmaker.partnering import exports
from matchmaker.partnering.models import (
    Agenda,
    Decision,
    EventSetup,
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


def get_partnering(event_id: Id, graph: GraphDep) -> Partnering:
    return Partnering(graph, event_id)


PartneringDep = Annotated[Partnering, Depends(get_partnering)]
AgendaFormat = Literal["json", "csv", "ics", "html"]
OverviewFormat = Literal["json", "csv", "xlsx", "html"]
XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


@router.put("/programme", response_model=Programme, summary="Set the partnering programme (slots, tables, rules)")
def set_programme(body: EventSetup, partnering: PartneringDep) -> Programme:
    return partnering.set_programme(body)


@router.get("/programme", response_model=Programme, summary="The partnering programme")
def get_programme(partnering: PartneringDep) -> Programme:
    return partnering.programme()


@router.get("/participants", response_model=list[Participant], summary="Partnering participants")
def list_participants(partnering: PartneringDep) -> list[Participant]:
    return partnering.participants()


@router.put("/participants/{org_id}", response_model=Participant, summary="Register or update a participant")
def register(org_id: Id, body: ParticipantIn, partnering: PartneringDep) -> Participant:
    return partnering.register(org_id, body)


@router.get("/participants/{org_id}", response_model=Participant, summary="One participant")
def get_participant(org_id: Id, partnering: PartneringDep) -> Participant:
    return partnering.participants(org_id)[0]


@router.delete("/participants/{org_id}", status_code=204, summary="Withdraw a participant (requests and meetings)")
def unregister(org_id: Id, partnering: PartneringDep) -> Response:
    partnering.unregister(org_id)
    return Response(status_code=204)


@router.get(
    "/participants/{org_id}/suggestions", response_model=list[Suggestion], summary="Meetings the matcher recommends"
)
def suggestions(
    org_id: Id,
    partnering: PartneringDep,
    encoder: EncoderDep,
    vectors: VectorsDep,
    target: Target = "any",
    limit: Annotated[int, Query(ge=1, le=50)] = 10,
) -> list[Suggestion]:
    return partnering.suggestions(org_id, encoder, target, limit, vectors)


@router.post("/requests", response_model=MeetingRequest, status_code=201, summary="Send a meeting request")
def send_request(body: RequestIn, partnering: PartneringDep) -> MeetingRequest:
    return partnering.send(body)


@router.get("/requests", response_model=list[MeetingRequest], summary="Meeting requests")
def list_requests(
    partnering: PartneringDep, participant: Id | None = None, status: RequestStatus | None = None
) -> list[MeetingRequest]:
    return partnering.requests(participant=participant, status=status)


@router.get("/requests/{request_id}", response_model=MeetingRequest, summary="One meeting request")
def get_request(request_id: str, partnering: PartneringDep) -> MeetingRequest:
    return partnering.get_request(request_id)


@router.post("/requests/{request_id}/accept", response_model=MeetingRequest, summary="Accept a pending request")
def accept(request_id: str, partnering: PartneringDep, body: Decision | None = None) -> MeetingRequest:
    body = body or Decision()
    return partnering.decide(request_id, "accepted", body.reason, body.by)


@router.post("/requests/{request_id}/decline", response_model=MeetingRequest, summary="Decline a pending request")
def decline(request_id: str, partnering: PartneringDep, body: Decision | None = None) -> MeetingRequest:
    body = body or Decision()
    return partnering.decide(request_id, "declined", body.reason, body.by)


@router.post("/requests/{request_id}/withdraw", response_model=MeetingRequest, summary="Withdraw a pending request")
def withdraw(request_id: str, partnering: PartneringDep, body: Decision | None = None) -> MeetingRequest:
    body = body or Decision()
    return partnering.decide(request_id, "withdrawn", body.reason, body.by)


@router.post("/pairs", response_model=MeetingRequest, status_code=201, summary="Add an organiser-approved pair")
def add_pair(body: OrganiserPair, partnering: PartneringDep) -> MeetingRequest:
    return partnering.add_pair(body)


@router.post("/schedule", response_model=ScheduleSummary, summary="Schedule the accepted pairs (locked ones stay)")
def schedule(partnering: PartneringDep, body: ScheduleRun | None = None) -> ScheduleSummary:
    return partnering.schedule(body or ScheduleRun())


@router.patch("/meetings/{meeting_id}", summary="Lock or unlock a meeting")
def patch_meeting(meeting_id: str, body: MeetingPatch, partnering: PartneringDep) -> dict[str, object]:
    return partnering.update_meeting(meeting_id, locked=body.locked)


@router.post("/meetings/{meeting_id}/outcome", summary="Record that a meeting was held, and its outcome")
def outcome(meeting_id: str, body: Outcome, partnering: PartneringDep) -> dict[str, object]:
    return partnering.record_outcome(meeting_id, body)


def _download(content: str | bytes, media_type: str, filename: str) -> Response:
    return Response(content, media_type=media_type, headers={"Content-Disposition": f'inline; filename="{filename}"'})


@router.get(
    "/agenda/{org_id}",
    response_model=Agenda,
    summary="A participant's agenda (json, csv, ics or html)",
    responses={200: {"content": {"text/csv": {}, "text/calendar": {}, "text/html": {}}}},
)
def agenda(org_id: Id, partnering: PartneringDep, format: AgendaFormat = "json") -> Agenda | Response:
    data = partnering.agenda(org_id)
    name = f"{partnering.event_id}-{org_id}"
    if format == "csv":
        return _download(exports.agenda_csv(data), "text/csv; charset=utf-8", f"{name}.csv")
    if format == "ics":
        return _download(exports.agenda_ics(data), "text/calendar; charset=utf-8", f"{name}.ics")
    if format == "html":
        return Response(exports.agenda_html(data), media_type="text/html; charset=utf-8")
    return data


@router.get(
    "/meetings",
    response_model=Agenda,
    summary="All meetings by slot and table (json, csv, xlsx or html)",
    responses={200: {"content": {"text/csv": {}, XLSX: {}, "text/html": {}}}},
)
def overview(partnering: PartneringDep, format: OverviewFormat = "json") -> Agenda | Response:
    data = partnering.agenda()
    name = f"{partnering.event_id}-meetings"
    if format == "csv":
        return _download(exports.overview_csv(data), "text/csv; charset=utf-8", f"{name}.csv")
    if format == "xlsx":
        return _download(exports.overview_xlsx(data), XLSX, f"{name}.xlsx")
    if format == "html":
        return Response(exports.agenda_html(data), media_type="text/html; charset=utf-8")
    return data
