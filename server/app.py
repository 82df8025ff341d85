"""The HTTP face of the central server. Every request but /api/health and /api/enrol carries the device token.

Bodies are capped (MAX_BODY bytes, MAX_ROWS rows: 413) and validated (422) before anything touches the database.
"""

from __future__ import annotations

import json
import logging
import uuid
from datetime import date
from typing import Annotated

from fastapi import FastAPI, Header, Query, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, RedirectResponse, Response
from pydantic import AwareDatetime, BaseModel, ConfigDict, Field, ValidationError
from sqlalchemy import Engine
from sqlalchemy.exc import OperationalError
from starlette.concurrency import run_in_threadpool
from starlette.requests import ClientDisconnect

from db.core.errors import NotFound
from db.public.links import FILE_PATH
from server import store
from server.validation import MAX_SEQ

MAX_BODY = 10 * 1024 * 1024
MAX_ROWS = 2000
MAX_PULL = 2000
log = logging.getLogger(__name__)
SHOWN_REFUSALS = 20  # the refused rows an answer lists (all are in sync_rejects)


class PushRow(BaseModel):
    """The envelope is strict; what is inside (table, op, data) is checked row by row, so one bad row is recorded
    as a reject instead of refusing the whole batch."""

    model_config = ConfigDict(extra="forbid")
    seq: int = Field(ge=1, le=MAX_SEQ, strict=True)
    table: object = None
    id: object = None
    op: object = None
    agency: object = None  # the agency the device captured for the row (issue 19); checked in server.validation
    data: object = None


class PushBatch(BaseModel):
    model_config = ConfigDict(extra="forbid")
    after_seq: int = Field(ge=0, le=MAX_SEQ, strict=True)
    clock: AwareDatetime | None = None  # a naive time cannot be compared with the server's clock
    rows: list[PushRow]


class EnrolRequest(BaseModel):
    model_config = ConfigDict(extra="forbid")
    token: str = Field(max_length=200, pattern=r"^[\x21-\x7e]*$")
    loket_device_id: str = Field(default="", max_length=64, pattern=r"^[\x20-\x7e]*$")


def _error(status: int, message: str, **extra: object) -> JSONResponse:
    return JSONResponse({"detail": message, **extra}, status_code=status)


async def _read_body(request: Request) -> bytes:
    declared = request.headers.get("content-length")
    if declared and declared.isdigit() and int(declared) > MAX_BODY:
        raise store.StoreError(413, f"Kiriman terlalu besar (maksimal {MAX_BODY // (1024 * 1024)} MB).")
    chunks, size = [], 0
    try:
        async for chunk in request.stream():
            size += len(chunk)
            if size > MAX_BODY:
                raise store.StoreError(413, f"Kiriman terlalu besar (maksimal {MAX_BODY // (1024 * 1024)} MB).")
            chunks.append(chunk)
    except ClientDisconnect as error:  # the connection dropped mid-body: nothing was applied
        raise store.StoreError(400, "Sambungan terputus sebelum kiriman lengkap.") from error
    return b"".join(chunks)


def _where(error: ValidationError) -> str:
    first = error.errors()[0]
    place = ".".join(str(part) for part in first["loc"]) or "(seluruh kiriman)"
    return f"{error.error_count()} kesalahan, pertama di {place}"


def _parse_json(body: bytes) -> object:
    try:
        return json.loads(body)
    except (ValueError, RecursionError):  # RecursionError: JSON nested deeper than the parser goes
        raise store.StoreError(422, "Kiriman bukan JSON yang sah atau bersarang terlalu dalam.") from None


def _bearer(authorization: str | None) -> str | None:
    if authorization and authorization.lower().startswith("bearer "):
        return authorization[7:].strip()
    return None


async def _store_error(_request: Request, error: store.StoreError) -> JSONResponse:
    return _error(error.status, error.message, **error.extra)


async def _database_busy(_request: Request, error: OperationalError) -> JSONResponse:
    """A lock or statement timeout (server.migrate bounds both) is a 503 the device retries; anything else a bug."""
    text = str(error.orig or error).lower()
    if "lock timeout" in text or "statement timeout" in text:
        return _error(503, "Server sinkronisasi sedang sibuk. Perangkat mencoba lagi pada sinkronisasi berikutnya.")
    raise error


async def _bad_request(_request: Request, error: RequestValidationError) -> JSONResponse:
    places = ", ".join(".".join(str(part) for part in item["loc"]) for item in error.errors()[:3])
    return _error(422, f"Permintaan tidak valid: periksa {places}.")


def create_app(engine: Engine) -> FastAPI:
    app = FastAPI(title="Loket server", docs_url=None, redoc_url=None, openapi_url=None)
    app.add_exception_handler(store.StoreError, _store_error)
    app.add_exception_handler(OperationalError, _database_busy)
    app.add_exception_handler(RequestValidationError, _bad_request)

    @app.get("/api/health")
    def health() -> dict:
        return {"ok": True, "time": store.now().isoformat()}

    @app.post("/api/enrol")
    async def enrol(request: Request) -> JSONResponse:
        body = await _read_body(request)
        try:
            parsed = EnrolRequest.model_validate(_parse_json(body))
        except ValidationError as error:
            return _error(422, f"Permintaan pendaftaran tidak valid: {_where(error)}.")
        device, token = await run_in_threadpool(store.enrol, engine, parsed.token, parsed.loket_device_id)
        return JSONResponse({"token": token, "name": device.name, "office": device.office, "master": device.master})

    @app.post("/api/push")
    async def push(request: Request, authorization: str | None = Header(default=None)) -> JSONResponse:
        device = await run_in_threadpool(store.authenticate, engine, _bearer(authorization))
        body = await _read_body(request)
        raw = _parse_json(body)
        if isinstance(raw, dict) and isinstance(raw.get("rows"), list) and len(raw["rows"]) > MAX_ROWS:
            return _error(413, f"Terlalu banyak baris dalam satu kiriman (maksimal {MAX_ROWS}).")
        try:
            batch = PushBatch.model_validate(raw)
        except ValidationError as error:
            return _error(422, f"Kiriman tidak valid: {_where(error)}.")
        seqs = [row.seq for row in batch.rows]
        if any(later <= earlier for earlier, later in zip(seqs, seqs[1:], strict=False)):
            return _error(422, "Nomor urut baris dalam kiriman harus naik.")
        rows = [row.model_dump() for row in batch.rows]
        result = await run_in_threadpool(store.push, engine, device, batch.after_seq, rows, batch.clock)
        refused = [{"seq": r.seq, "table": r.table, "reason": r.reason} for r in result.refused[:SHOWN_REFUSALS]]
        return JSONResponse(
            {"acked_through": result.acked_through, "refused_count": len(result.refused), "refused": refused}
        )

    @app.get("/api/pull")
    def pull(
        after: int = Query(0, ge=0, le=MAX_SEQ),
        limit: int = Query(500, ge=1, le=MAX_PULL),
        office: str | None = Query(None, max_length=40),
        authorization: str | None = Header(default=None),
    ) -> dict:
        device = store.authenticate(engine, _bearer(authorization))
        if office is not None and office != device.office:
            raise store.StoreError(403, "Data kantor lain tidak boleh diambil perangkat ini.")
        return store.pull(engine, device, after, limit)

    @app.get("/api/report/daily")
    def report_daily(
        day: Annotated[date, Query(alias="date")],
        authorization: str | None = Header(default=None),
    ) -> dict:
        """The day's report as the device may see it: its hall, each agency side by side; an agency's device only
        its agency (the hall's management reads the whole hall, each agency's supervisor their own)."""
        from server import report

        device = store.authenticate(engine, _bearer(authorization))
        agency = None if device.agency_id is None else uuid.UUID(device.agency_id)
        return report.daily(engine, day, office=device.office, agency_id=agency)

    _public_file_pages(app, engine)
    return app


def _public_file_pages(app: FastAPI, engine: Engine) -> None:
    """The applicants' file page from the synced data (server.file_page), with the hall's code form, limits per
    address and friendly pages; the devices' API above keeps its own rules."""
    from server import file_page
    from server.public.guard import AddressLimits, PublicGuard
    from server.public.pages import error_page, render

    public = (f"/{FILE_PATH}/", "/kode")
    app.add_middleware(PublicGuard, limits=AddressLimits(), applies=lambda path: path.startswith(public))

    def answer(make) -> Response:
        try:
            return make()
        except NotFound as error:
            return error_page(404, "Halaman tidak ditemukan", error.message)
        except Exception:  # noqa: BLE001 - the public never sees a stack trace; the log gets it
            log.exception("central file page failed")
            return error_page(503, "Data sedang tidak dapat dibaca", "Coba lagi sebentar lagi.")

    @app.get(f"/{FILE_PATH}/{{segment}}", include_in_schema=False)
    def public_file(segment: str) -> Response:
        def page() -> Response:
            found = file_page.public_file_page(engine, segment)
            return render("file.html", page=found, office_name=found.office_name, refresh_seconds=0)

        return answer(page)

    @app.get("/kode", include_in_schema=False)
    def public_code(k: str = Query("", max_length=20)) -> Response:
        def form(message: str = "", status: int = 200) -> Response:
            return render("code.html", status, office_name="", message=message, max_length=20)

        if not k:
            return form()
        try:
            segment = file_page.find_file_code(engine, k)
        except NotFound as error:
            return form(error.message, 404)
        return RedirectResponse(f"/{FILE_PATH}/{segment}", status_code=303)
