"""Rendering the public pages: one Jinja2 environment, autoescaped, with Indonesian dates (printing.dates)."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

from fastapi.responses import HTMLResponse
from jinja2 import Environment, FileSystemLoader, StrictUndefined, select_autoescape

from printing.dates import format_date, format_day_date

TEMPLATES = Path(__file__).parent / "templates"
# Every page carries these: no caching of a page behind a secret link, no referrer (the link is the secret), nothing
# loaded from anywhere, no framing.
HEADERS = {
    "Cache-Control": "no-store",
    "Referrer-Policy": "no-referrer",
    "X-Content-Type-Options": "nosniff",
    "X-Frame-Options": "DENY",
    "Content-Security-Policy": (
        "default-src 'none'; style-src 'unsafe-inline'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'"
    ),
}


def _clock(moment: datetime) -> str:
    return f"{moment:%H:%M} {moment.tzname() or ''}".strip()


def _day(value: date) -> str:
    return format_day_date(value)


_environment = Environment(
    loader=FileSystemLoader(TEMPLATES),
    autoescape=select_autoescape(default=True),
    undefined=StrictUndefined,  # a misspelt field fails the page test instead of printing nothing
    trim_blocks=True,
    lstrip_blocks=True,
)
_environment.filters.update(day=_day, date=format_date, clock=_clock)


def render(template: str, status: int = 200, **context: object) -> HTMLResponse:
    html = _environment.get_template(template).render(**context)
    return HTMLResponse(html, status_code=status, headers=HEADERS)


def error_page(status: int, title: str, message: str, office_name: str = "") -> HTMLResponse:
    """The friendly page of every refusal: never a stack trace, never a hint of what exists."""
    return render("error.html", status, title=title, message=message, office_name=office_name)
