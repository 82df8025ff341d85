"""The queue's hot path as Core statements built once: issuing a ticket and calling the next one run many times a
minute, and rebuilding ORM queries, flushing and autoflushing cost far more than the database work itself.

Every statement here has bind parameters instead of values, so SQLAlchemy compiles it once per process and reuses
the compiled form. The indexes they rely on (revision 0010): `ix_tickets_day_group_status` (day, group, status,
issued time) for the people ahead and the recent services, and `ix_tickets_front` (day, status, group, target
counter, priority, issued time), which makes each "oldest waiting ticket of this kind" an index seek however many
tickets the day holds; `ix_tickets_sent` (day, status, target counter, issued time, only the rows sent to a
counter) does the same for the tickets transferred to one counter, whatever their group.
"""

from __future__ import annotations

from functools import lru_cache

from sqlalchemy import bindparam, func, insert, select, text, update

from db.models.agencies import Agency
from db.models.catalog import CatalogService
from db.models.queue import Counter, QueueGroup, Ticket, TicketEvent, TicketSequence

TICKETS = Ticket.__table__
EVENTS = TicketEvent.__table__
COUNTERS = Counter.__table__
GROUPS = QueueGroup.__table__
SEQUENCES = TicketSequence.__table__
WAITING, CALLED, SERVING, DONE = "waiting", "called", "serving", "done"
RECENT_SERVICES = 30  # the estimate follows the pace of the last services, not the whole day

QUEUE_SETTINGS = ("office.timezone", "queue.priority_mode", "queue.priority_max_in_row")  # read via the settings

GROUP = select(GROUPS.c.code, GROUPS.c.name, GROUPS.c.service_codes, GROUPS.c.active, GROUPS.c.agency_id).where(
    GROUPS.c.code == bindparam("code")
)
GROUP_OWNERS = select(GROUPS.c.code, GROUPS.c.agency_id)
# a ticket's agency, named only where two or more agencies share the hall (a hall of one names none, as before)
AGENCY_IF_SHARED = select(Agency.short_name).where(
    Agency.id == bindparam("agency_id"),
    select(func.count()).select_from(Agency).where(Agency.active.is_(True)).scalar_subquery() > 1,
)
GROUP_NAME = select(GROUPS.c.name).where(GROUPS.c.code == bindparam("code"))
SERVICE_NAME = select(CatalogService.name).where(CatalogService.code == bindparam("code"))
BUMP_SEQUENCE = (
    update(SEQUENCES)
    .where(SEQUENCES.c.day == bindparam("seq_day"), SEQUENCES.c.group_code == bindparam("seq_group"))
    .values(last_number=SEQUENCES.c.last_number + 1)
    .returning(SEQUENCES.c.last_number)
)
INSERT_TICKET = insert(TICKETS)
INSERT_EVENT = insert(EVENTS)

WAITING_AHEAD = (
    select(func.count())
    .select_from(TICKETS)
    .where(
        TICKETS.c.day == bindparam("day"),
        TICKETS.c.group_code == bindparam("group"),
        TICKETS.c.status == WAITING,
        TICKETS.c.issued_at < bindparam("issued_at"),
    )
)
RECENT_DONE = (
    select(TICKETS.c.called_at, TICKETS.c.finished_at)
    .where(TICKETS.c.day == bindparam("day"), TICKETS.c.group_code == bindparam("group"), TICKETS.c.status == DONE)
    .order_by(TICKETS.c.issued_at.desc())
    .limit(RECENT_SERVICES)
)
OPEN_COUNTER_GROUPS = select(COUNTERS.c.group_codes).where(COUNTERS.c.active.is_(True), COUNTERS.c.open.is_(True))

COUNTER_FOR_UPDATE = select(COUNTERS).where(COUNTERS.c.number == bindparam("number")).with_for_update()
IN_SERVICE = select(TICKETS.c.id, TICKETS.c.label).where(
    TICKETS.c.day == bindparam("day"),
    TICKETS.c.counter_number == bindparam("counter"),
    TICKETS.c.status.in_((CALLED, SERVING)),
)
PRIORITY_DESK_OPEN = (
    select(COUNTERS.c.id)
    .where(COUNTERS.c.priority_desk.is_(True), COUNTERS.c.open.is_(True), COUNTERS.c.active.is_(True))
    .limit(1)
)
LOCK_WAITING = (
    select(TICKETS.c.id)
    .where(TICKETS.c.id == bindparam("ticket_id"), TICKETS.c.status == WAITING)
    .with_for_update(skip_locked=True)
)
CALL_TICKET = (
    update(TICKETS)
    .where(TICKETS.c.id == bindparam("ticket_id"), TICKETS.c.status == WAITING)
    .values(
        status=CALLED,
        counter_number=bindparam("counter"),
        called_at=bindparam("at"),
        call_count=TICKETS.c.call_count + 1,
        served_by=bindparam("username"),
    )
    .returning(*TICKETS.c)
)
UPDATE_COUNTER = (
    update(COUNTERS)
    .where(COUNTERS.c.id == bindparam("counter_id"))
    .values(open=bindparam("open"), paused=bindparam("paused"), priority_streak=bindparam("streak"))
)


KINDS = (
    "target_counter IS NULL AND priority IS NOT NULL",
    "target_counter IS NULL AND priority IS NULL",
)


@lru_cache(maxsize=64)
def front_of_queue(dialect: str, groups: int, excluded: int = 0):
    """For a counter serving `groups` groups: the oldest waiting ticket sent to this counter, whatever its group (a
    transferred ticket keeps its own group, "grup tetap"), a seek on ix_tickets_sent; and per group the oldest
    priority one and the oldest regular one, each a seek on ix_tickets_front. Bind parameters: day, counter,
    g0..gN and (after another counter took a pick meanwhile) x0..xM, the ids to pass over.

    Written as SQL because SQLite, without statistics, prefers an index that avoids sorting by issue time and
    then filters group, target and priority row by row (reading every waiting ticket when no priority one waits);
    INDEXED BY holds it to the seek. PostgreSQL plans from its statistics and needs no hint.
    """
    sqlite = dialect == "sqlite"
    skip = f" AND id NOT IN ({', '.join(f':x{n}' for n in range(excluded))})" if excluded else ""
    columns = "SELECT * FROM (SELECT id, issued_at, priority, target_counter FROM tickets"
    parts = [
        f"{columns}{' INDEXED BY ix_tickets_sent' if sqlite else ''} "
        f"WHERE day = :day AND status = 'waiting' AND target_counter = :counter{skip} "
        "ORDER BY issued_at LIMIT 1) AS front_sent"
    ]
    parts += [
        f"{columns}{' INDEXED BY ix_tickets_front' if sqlite else ''} "
        f"WHERE day = :day AND status = 'waiting' AND group_code = :g{group} AND {kind}{skip} "
        f"ORDER BY issued_at LIMIT 1) AS front_{group}_{number}"
        for group in range(groups)
        for number, kind in enumerate(KINDS)
    ]
    binds = [bindparam("day", type_=TICKETS.c.day.type), bindparam("counter", type_=TICKETS.c.target_counter.type)]
    binds += [bindparam(f"g{group}", type_=TICKETS.c.group_code.type) for group in range(groups)]
    binds += [bindparam(f"x{n}", type_=TICKETS.c.id.type) for n in range(excluded)]
    statement = text(" UNION ALL ".join(parts)).bindparams(*binds)
    return statement.columns(TICKETS.c.id, TICKETS.c.issued_at, TICKETS.c.priority, TICKETS.c.target_counter)
