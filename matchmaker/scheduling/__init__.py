"""Partnering-event scheduling: one-to-one meetings into slots and tables (issue 4).

``model`` is the file contract, ``solver`` the CP-SAT optimiser, ``greedy`` the
first-come-first-served baseline, ``check`` an independent checker of the hard constraints.
"""

from matchmaker.scheduling.check import idle_gaps, violations
from matchmaker.scheduling.greedy import greedy
from matchmaker.scheduling.model import InputError, ScheduleInput, ScheduleOutput, parse_input
from matchmaker.scheduling.solver import solve

__all__ = ["InputError", "ScheduleInput", "ScheduleOutput", "greedy", "idle_gaps", "parse_input", "solve", "violations"]
