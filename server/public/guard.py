"""What stands before every public page: bounded requests and rate limits per address, answered with the friendly
error page (never a stack trace), as a plain ASGI middleware so a refused request costs almost nothing.

The limits come from `limits` (moving windows kept in memory: one process serves one hall). Behind a reverse
proxy the address is the one uvicorn takes from X-Forwarded-For of a trusted proxy (--forwarded-allow-ips).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from limits import parse_many
from limits.storage import MemoryStorage
from limits.strategies import MovingWindowRateLimiter

from server.public.pages import error_page

# A phone refreshing a ticket page every 5 s asks 12 times a minute; a family with a few tickets on one phone, or
# several phones behind one address, stays well under these. Codes are the weaker secret: few tries per address.
PAGE_LIMITS = "120/minute"
CODE_LIMITS = "10/minute;40/hour"
MAX_PATH = 160  # /antrian/ and 64 characters of link, with room to spare
MAX_QUERY = 64  # ?k= and a typed code
READ_METHODS = ("GET", "HEAD")


@dataclass(frozen=True)
class Refusal:
    status: int
    title: str
    message: str


TOO_MANY = Refusal(429, "Terlalu banyak permintaan", "Tunggu sebentar, lalu muat ulang halaman ini.")


class AddressLimits:
    """Moving-window limits per client address, one set for pages and a stricter one for typed codes."""

    def __init__(self, pages: str = PAGE_LIMITS, codes: str = CODE_LIMITS):
        self._limiter = MovingWindowRateLimiter(MemoryStorage())
        self._pages = parse_many(pages)
        self._codes = parse_many(codes)

    def allow_page(self, address: str) -> bool:
        return all([self._limiter.hit(item, "page", address) for item in self._pages])

    def allow_code(self, address: str) -> bool:
        return all([self._limiter.hit(item, "code", address) for item in self._codes])


def request_problem(scope: dict) -> Refusal | None:
    """Why a request is refused before any page is made: not a read, a body, or an overlong address."""
    if scope["method"] not in READ_METHODS:
        return Refusal(405, "Permintaan tidak dikenal", "Halaman ini hanya dapat dibuka, tidak dapat dikirimi data.")
    headers = dict(scope["headers"])
    length = headers.get(b"content-length", b"0")
    if b"transfer-encoding" in headers or not length.isdigit() or int(length) > 0:
        return Refusal(413, "Permintaan terlalu besar", "Halaman ini tidak menerima kiriman data.")
    if len(scope["path"]) > MAX_PATH or len(scope.get("query_string", b"")) > MAX_QUERY:
        return Refusal(414, "Alamat terlalu panjang", "Periksa kembali alamat atau kode QR Anda.")
    return None


class PublicGuard:
    """ASGI middleware. `applies(path)` picks the requests it guards (the central server guards only its public
    page, never the devices' sync API); `office_name()` names the office on its refusal pages."""

    def __init__(
        self,
        app,
        limits: AddressLimits,
        applies: Callable[[str], bool] = lambda _path: True,
        office_name: Callable[[], str] = lambda: "",
    ):
        self.app, self.limits, self.applies, self.office_name = app, limits, applies, office_name

    async def __call__(self, scope, receive, send) -> None:
        if scope["type"] != "http" or not self.applies(scope["path"]):
            await self.app(scope, receive, send)
            return
        refusal = request_problem(scope)
        if refusal is None:
            address = (scope.get("client") or ("?", 0))[0]
            typed_code = scope["path"] == "/kode" and b"k=" in scope.get("query_string", b"")
            if not self.limits.allow_page(address) or (typed_code and not self.limits.allow_code(address)):
                refusal = TOO_MANY
        if refusal is None:
            await self.app(scope, receive, send)
            return
        response = error_page(refusal.status, refusal.title, refusal.message, self.office_name())
        if refusal.status == 429:
            response.headers["Retry-After"] = "30"
        elif refusal.status == 405:
            response.headers["Allow"] = ", ".join(READ_METHODS)
        await response(scope, receive, send)
