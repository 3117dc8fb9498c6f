"""The registers a report type lists after its appendix (``appendix_registers``): the records of
the report's unit (and the units merged into it) dated in the request's window, through the
registers layer — reporting never knows which domain app keeps them."""

from dataclasses import dataclass

from danvan.orgunits.selectors import orgunit_lineage
from danvan.registers.exporting import register_listing
from danvan.reporting.figures import request_window


@dataclass(frozen=True)
class Listing:
    title: str
    rows: list[list[str]]  # header row first

    @property
    def header(self) -> list[str]:
        return self.rows[0]

    @property
    def body(self) -> list[list[str]]:
        return self.rows[1:]


def _entries(version) -> list[tuple[str, list[str] | None]]:
    found = []
    for entry in (version.appendix_registers or []) if version is not None else []:
        if isinstance(entry, dict):
            found.append((str(entry.get("register", "")), entry.get("columns") or None))
        else:
            found.append((str(entry), None))
    return found


def request_listings(request, units) -> list[tuple[str, list[list[str]]]]:
    """(title, rows) for each register the request's type lists, for ``units`` and their
    lineage, in the request's window."""
    window = request_window(request)
    lineage = {u.pk: u for unit in units for u in orgunit_lineage(unit)}
    listings = []
    for slug, columns in _entries(request.report_type):
        found = register_listing(slug, lineage.values(), window.start, window.end, columns=columns)
        if found is not None:
            listings.append(found)
    return listings


def report_listings(report) -> list[Listing]:
    return [Listing(t, r) for t, r in request_listings(report.request, [report.unit])]
