"""The hall's public web service: a ticket's page, a file's page and the code form, server-rendered, read-only.

Every answer is a page in Indonesian: a wrong link, an unknown code, a refused request or a fault shows the friendly
error page (exception handlers below, PublicGuard before them), never a stack trace.
"""

from __future__ import annotations

import logging

from fastapi import FastAPI, Query
from fastapi import Path as PathParam
from fastapi.exceptions import RequestValidationError
from fastapi.responses import PlainTextResponse, RedirectResponse, Response
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.requests import Request

from db.core.errors import EnvironmentFault, NotFound
from db.public.links import FILE_PATH, TICKET_PATH
from db.public.service import NOT_FOUND, PublicService
from server.public.guard import AddressLimits, PublicGuard
from server.public.pages import error_page, render

TICKET_REFRESH_S = 5  # a called ticket shows within seconds; the bench measures 200 phones at this pace
FILE_REFRESH_S = 60  # a file moves a few times a week
LIVE_STATES = ("waiting", "called", "serving")
CODE_INPUT_MAX = 20
HTTP_TITLES = {
    404: ("Halaman tidak ditemukan", NOT_FOUND),
    405: ("Permintaan tidak dikenal", "Halaman ini hanya dapat dibuka, tidak dapat dikirimi data."),
}
log = logging.getLogger(__name__)


def office_name_of(service: PublicService):
    """The office's short name for refusal and error pages (the service keeps it for seconds, so a flood of
    refused requests does not reach the database); '' when the database cannot be read."""

    def office_name() -> str:
        try:
            return service.settings()["office.short_name"]
        except EnvironmentFault:
            return ""

    return office_name


def create_public_app(service: PublicService, limits: AddressLimits | None = None) -> FastAPI:
    app = FastAPI(title="Loket publik", docs_url=None, redoc_url=None, openapi_url=None)
    office = office_name_of(service)
    _handle_errors(app, office)
    app.add_middleware(PublicGuard, limits=limits or AddressLimits(), office_name=office)

    @app.get("/", include_in_schema=False)
    def home() -> Response:
        return _code_form(office())

    @app.get("/kode")
    def by_code(k: str | None = Query(None, max_length=CODE_INPUT_MAX)) -> Response:
        if k is None:
            return _code_form(office())
        try:
            target = service.find_code(k)
        except NotFound as error:
            return _code_form(office(), error.message, status=404)
        return RedirectResponse(f"/{target.kind}/{target.segment}", status_code=303)

    @app.get(f"/{TICKET_PATH}/{{segment}}")
    def ticket(segment: str = PathParam(max_length=80)) -> Response:
        page = service.ticket_page(segment)
        refresh = TICKET_REFRESH_S if page.state in LIVE_STATES else 0
        return render("ticket.html", page=page, office_name=page.office_name, refresh_seconds=refresh)

    @app.get(f"/{FILE_PATH}/{{segment}}")
    def file(segment: str = PathParam(max_length=80)) -> Response:
        page = service.file_page(segment)
        refresh = FILE_REFRESH_S if page.state in ("in_progress", "ready") else 0
        return render("file.html", page=page, office_name=page.office_name, refresh_seconds=refresh)

    @app.get("/sehat", include_in_schema=False)
    def health() -> Response:
        return PlainTextResponse("ok", headers={"Cache-Control": "no-store"})

    return app


def _code_form(office_name: str, message: str = "", status: int = 200) -> Response:
    return render("code.html", status, office_name=office_name, message=message, max_length=CODE_INPUT_MAX)


def _handle_errors(app: FastAPI, office) -> None:
    """Every failure answers with a page: the visitor sees what to do, the log gets the fault."""

    async def not_found(_request: Request, error: NotFound) -> Response:
        return error_page(404, "Halaman tidak ditemukan", error.message, office())

    async def unavailable(_request: Request, error: EnvironmentFault) -> Response:
        log.warning("public page: database unavailable: %s", error.message)
        return error_page(503, "Data sedang tidak dapat dibaca", "Coba lagi sebentar lagi.", office())

    async def http_error(_request: Request, error: StarletteHTTPException) -> Response:
        title, message = HTTP_TITLES.get(error.status_code, ("Permintaan tidak dapat dilayani", "Coba lagi."))
        return error_page(error.status_code, title, message, office())

    async def invalid(_request: Request, _error: RequestValidationError) -> Response:
        return error_page(404, "Halaman tidak ditemukan", NOT_FOUND, office())

    async def fault(_request: Request, error: Exception) -> Response:
        log.error("public page failed", exc_info=error)
        return error_page(500, "Terjadi gangguan", "Maaf, halaman ini sedang bermasalah. Coba lagi sebentar lagi.")

    app.add_exception_handler(NotFound, not_found)
    app.add_exception_handler(EnvironmentFault, unavailable)
    app.add_exception_handler(StarletteHTTPException, http_error)
    app.add_exception_handler(RequestValidationError, invalid)
    app.add_exception_handler(Exception, fault)
