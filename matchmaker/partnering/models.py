"""The partnering API's boundary: an event's programme, participants, meeting requests, the
schedule and the agendas built from it, as pydantic v2 models.

Times are always time-zone aware. Organisers describe a day in the event's local time
(``sessions``: 10:00 to 17:00 in 30-minute slots), which becomes aware datetimes in the event's
IANA zone, so a participant flying in from Boston still gets the right hour in their calendar.
"""

from __future__ import annotations

import datetime as dt
from typing import Annotated, Literal

from pydantic import AwareDatetime, BaseModel, ConfigDict, Field, StringConstraints, field_validator, model_validator

from matchmaker.model.records import AwareIsoDateTime, Id, IsoDate
from matchmaker.model.text import check_value
from matchmaker.scheduling.model import Changes

Text = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=200)]
Message = Annotated[str, StringConstraints(strip_whitespace=True, max_length=2000)]
Lang = Literal["ja", "en"]


#: What one programme may create: a 7 KB body of 100 sessions in 5-minute slots once made 28,700
#: slots and took 22 s; these bounds keep one request's work small (stated in the schema).
MAX_SLOTS = 2000
MAX_SESSIONS = 100
MAX_TABLES = 1000
MAX_REQUESTS_PER_PARTICIPANT = 500


class _In(BaseModel):
    model_config = ConfigDict(extra="forbid")

    _no_controls = field_validator("*")(lambda v: check_value(v))  # see model/text.py


class SlotSpec(_In):
    id: Annotated[str, StringConstraints(pattern=r"^[A-Za-z0-9_.:-]{1,40}$")]
    start: AwareIsoDateTime
    end: AwareIsoDateTime

    @model_validator(mode="after")
    def _order(self) -> SlotSpec:
        # as instants: two times of one zone compare by wall clock, so a slot across the hour that
        # repeats when clocks go back (02:45 summer time to 02:30 winter time) would look reversed
        if self.end.astimezone(dt.UTC) <= self.start.astimezone(dt.UTC):
            raise ValueError("end must be after start")
        return self


class Session(_In):
    """A block of equal slots on one day, in the event's local time; breaks are gaps between sessions."""

    day: IsoDate
    start: dt.time
    end: dt.time
    minutes: int = Field(30, ge=5, le=240, description="Length of each slot.")

    @model_validator(mode="after")
    def _order(self) -> Session:
        if self.end <= self.start:
            raise ValueError("end must be after start")
        return self


class EventSetup(_In):
    """An event's partnering programme. Give ``slots`` explicitly or ``sessions`` to generate them."""

    slots: list[SlotSpec] = Field([], max_length=MAX_SLOTS)
    sessions: list[Session] = Field(
        [], max_length=MAX_SESSIONS, description=f"At most {MAX_SLOTS:,} slots in all once expanded."
    )
    tables: list[Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=40)]] = Field(
        min_length=1, max_length=MAX_TABLES
    )
    request_deadline: AwareIsoDateTime | None = Field(
        None, description="Requests still pending at this time expire and are never scheduled."
    )
    max_requests: int | None = Field(
        None, ge=1, le=MAX_REQUESTS_PER_PARTICIPANT, description="Cap on the requests each participant may send."
    )
    default_max_meetings: int = Field(12, ge=0, le=200)

    @field_validator("sessions")
    @classmethod
    def _slot_count(cls, sessions: list[Session]) -> list[Session]:
        """Count the slots the sessions expand to before any is made."""
        total = 0
        for s in sessions:
            span = dt.datetime.combine(s.day, s.end) - dt.datetime.combine(s.day, s.start)
            total += int(span.total_seconds() // 60) // s.minutes
        if total > MAX_SLOTS:
            raise ValueError(f"these sessions make {total:,} slots; at most {MAX_SLOTS:,}")
        return sessions

    @model_validator(mode="after")
    def _one_way(self) -> EventSetup:
        if bool(self.slots) == bool(self.sessions):
            raise ValueError("give either slots or sessions (exactly one)")
        if len(set(self.tables)) != len(self.tables):
            raise ValueError("tables must be unique")
        return self


class Slot(BaseModel):
    id: str
    start: AwareDatetime
    end: AwareDatetime


class Programme(BaseModel):
    event: Id
    timezone: str
    slots: list[Slot]
    tables: list[str]
    request_deadline: AwareDatetime | None
    max_requests: int | None
    default_max_meetings: int


class Person(_In):
    name: Text
    title: Text | None = None
    email: Annotated[str, StringConstraints(pattern=r"^[^@\s]+@[^@\s]+\.[^@\s]+$", max_length=200)] | None = None


class ParticipantIn(_In):
    """An organisation's registration: who comes, when they are free, how many meetings they want."""

    people: list[Person] = Field(default_factory=list, max_length=20)
    available: list[Annotated[str, StringConstraints(max_length=100)]] | None = Field(
        None, max_length=2000, description="Slot ids; omitted means every slot."
    )
    max_meetings: int | None = Field(None, ge=0, le=200, description="Omitted means the event's default.")
    lang: Lang = Field(
        "en",
        description="The language of its notifications (e-mail and in-app). English unless asked: a Japanese "
        "reader can read an English message far more often than the other way round; the web page sends its own.",
    )


class Participant(BaseModel):
    event: Id
    org: Id
    name: str
    name_ja: str | None = None
    kind: str
    people: list[Person]
    available: list[str]
    max_meetings: int
    lang: Lang = "en"


RequestStatus = Literal["pending", "accepted", "declined", "expired", "withdrawn"]


class RequestIn(_In):
    sender: Id = Field(alias="from")
    to: Id
    message: Message = ""
    priority: int = Field(3, ge=1, le=5, description="1 (nice to have) to 5 (must meet); the scheduler's weight.")
    expires_at: AwareIsoDateTime | None = Field(None, description="Earlier than the event's deadline, if given.")

    model_config = ConfigDict(extra="forbid", populate_by_name=True)


class Decision(_In):
    reason: Message | None = None
    by: Id | None = Field(None, description="Who decides; when given it must be the receiver (the sender to withdraw).")


class MeetingPatch(_In):
    locked: bool = Field(description="A locked meeting keeps its slot and table when the schedule is re-run.")


class OrganiserPair(_In):
    """A pair the organiser adds or approves directly: it is scheduled like an accepted request."""

    a: Id
    b: Id
    weight: float = Field(3, gt=0, le=100)
    message: Message = ""


class MeetingRequest(BaseModel):
    id: str
    event: Id
    sender: Id = Field(serialization_alias="from")
    to: Id
    message: str
    priority: int
    weight: float
    origin: Literal["participant", "organiser"]
    status: RequestStatus
    reason: str | None = None
    created_at: AwareDatetime
    decided_at: AwareDatetime | None = None
    expires_at: AwareDatetime | None = None
    left_out: dict[str, str] | None = Field(
        None, description="Why the last schedule run left this accepted pair out: {code, org?, en, ja}."
    )


class Suggestion(BaseModel):
    org: Id
    name: str
    name_ja: str | None = None
    kind: str
    score: float
    reasons: list[dict[str, str | None]]
    requested: RequestStatus | None = Field(None, description="Status of an existing request between the two.")


class ScheduleRun(_In):
    time_limit: float = Field(30, ge=1, le=600)
    workers: int = Field(2, ge=1, le=16)
    relative_gap: float | None = Field(
        None,
        ge=0,
        le=1,
        description="Stop once the weight is proven within this share of the bound (0.001 = 0.1%); "
        "default: the server's MATCHMAKER_SCHEDULE_RELATIVE_GAP.",
    )
    replan: bool = Field(
        False,
        description="Re-plan freely; by default a re-run keeps meetings where they were unless moving them helps.",
    )


class PartyRef(BaseModel):
    """One side of a meeting, as agendas print it."""

    id: Id
    name: str
    name_ja: str | None = None
    people: list[Person] = []


class AgendaMeeting(BaseModel):
    id: str
    slot: str
    start: AwareDatetime
    end: AwareDatetime
    table: str
    a: PartyRef
    b: PartyRef
    locked: bool = False
    message: str = ""
    sequence: int = Field(0, description="iCalendar SEQUENCE: raised each time the meeting moves or is cancelled.")
    cancelled: bool = Field(False, description="Dropped by a later schedule run (only in calendar exports).")


class EventRef(BaseModel):
    id: Id
    name: str
    name_ja: str | None = None
    timezone: str
    venue: str | None = None


class Agenda(BaseModel):
    """Meetings of one participant (``participant`` set) or the whole event (organiser overview),
    ordered by start time and table."""

    event: EventRef
    participant: PartyRef | None = None
    meetings: list[AgendaMeeting]
    slots: list[Slot] = Field([], description="The organiser overview: every slot, also those without a meeting.")
    tables: list[str] = Field([], description="The organiser overview: every table, also those without a meeting.")


class ScheduleSummary(BaseModel):
    status: str
    objective: float
    bound: float
    gap: float
    meetings: int
    locked: int
    changes: Changes = Field(description="Meetings added, moved and dropped against the previous schedule.")
    unscheduled: list[dict[str, str]]
    seconds: float


class Outcome(_In):
    """Whether a meeting was held and what came of it, with one side's feedback. Recorded once
    the meeting's slot has started; each side (or the organiser) keeps its own feedback."""

    held: bool = True
    outcome: Message | None = Field(None, description="What came of it: 'NDA signed', 'follow-up in May'...")
    rating: int | None = Field(None, ge=1, le=5, description="How useful the meeting was, 1 (not) to 5 (very).")
    next_step: Annotated[str, StringConstraints(strip_whitespace=True, max_length=200)] | None = Field(
        None, description="The agreed next step, in a few words ('send the NDA', 'visit in May')."
    )
    by: Id | None = Field(None, description="Whose feedback: a member's is its own; the organiser may name a side.")


class Feedback(BaseModel):
    meeting: str
    by: str = Field(description="The side that gave it, or 'organiser'.")
    held: bool
    rating: int | None = None
    next_step: str | None = None
    outcome: str | None = None
    at: AwareDatetime


class EventStatistics(BaseModel):
    """What an organiser reports after the event."""

    event: Id
    participants: int
    requests: dict[str, int] = Field(description="Requests by status (every status, zeros included).")
    meetings_scheduled: int
    meetings_held: int
    meetings_not_held: int
    feedback: int = Field(description="Feedback entries given (one per side and meeting).")
    rating_mean: float | None
    rating_distribution: dict[str, int] = Field(description="How many ratings of 1 to 5.")
    next_steps: int = Field(description="Feedback entries that name a next step.")
