"""A hall of three agencies for the demo day, the journey and the tests: the regency's DPMPTSP, its Sekretariat
Daerah (eight bureaus) and the DPMPTSP of Kalimantan Utara, the shipped agencies (resources/agencies).

Laid out as an MPP is: one kiosk and one display for the hall; each agency its own letters (the DPMPTSP keeps A-D
as it had, the Setda reserves S, the province K), its own groups holding only its own services, and its own
counters. Everything goes through the administrator's services, so every check of the hall runs.
"""

from __future__ import annotations

from dataclasses import dataclass

from db.core.actor import Actor
from db.services import Services

# (agency code, queue prefix, [(group code, group name)], [(counter number, counter name, group codes)])
HALL_LAYOUT = (
    ("SETDA-BLG", "S", [("SA", "Layanan Sekretariat Daerah")], [(4, "Loket 4 Setda", ["SA"])]),
    ("DPMPTSP-KALTARA", "K", [("KA", "Perizinan Provinsi Kaltara")], [(5, "Loket 5 Provinsi", ["KA"])]),
)


@dataclass(frozen=True)
class HallMade:
    added: tuple[str, ...]  # the agencies added to the hall
    groups: tuple[str, ...]
    counters: tuple[int, ...]


def set_up_three_agencies(services: Services, admin: Actor) -> HallMade:
    """Add the Setda and the provincial DPMPTSP to a hall of the DPMPTSP (each step skipped when already done), give
    each its prefix, groups and counter, and keep the DPMPTSP's groups to its own services. Idempotent."""
    present = {agency.code for agency in services.agencies.list(include_inactive=True)}
    added = []
    for code, _prefix, _groups, _counters in HALL_LAYOUT:
        if code not in present:
            services.agencies.add_shipped(admin, code)
            added.append(code)
    home = services.agencies.list()[0]
    own = {place.code for place in services.agencies.catalog(home.code)}
    for group in services.queue_setup.groups(include_inactive=True):
        if group.agency_id == home.id and not set(group.service_codes) <= own:  # the Setda's entries moved away
            kept = [code for code in group.service_codes if code in own]
            services.queue_setup.save_group(admin, group.code, group.name, kept, group.active)
    groups, counters = [], []
    for code, prefix, group_rows, counter_rows in HALL_LAYOUT:
        if services.agencies.get(code).queue_prefix != prefix:
            services.queue_setup.set_prefix(admin, code, prefix)
        offered = [place.code for place in services.agencies.catalog(code)]
        for group_code, name in group_rows:
            services.queue_setup.save_group(admin, group_code, name, offered, True, code)
            groups.append(group_code)
        for number, name, codes in counter_rows:
            services.queue_setup.save_counter(admin, number, name, codes, False, True, code)
            counters.append(number)
    return HallMade(tuple(added), tuple(groups), tuple(counters))
