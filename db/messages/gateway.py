"""One message to the office's SMS/WhatsApp HTTP gateway, and what its answer means for the outbox.

The request's shape comes from settings (messages.gateway.*), so the Indonesian gateways offices use fit without code:
Fonnte (POST form target/message, Authorization: TOKEN), Wablas (POST form phone/message), or any JSON or GET API.
Every request carries the message's idempotency key (header Idempotency-Key, and {kunci} for a gateway that takes
it in the body). The token never reaches a log or an error text: it is masked in everything this module returns.

What the answer means (`Outcome.kind`):
- sent: the gateway took it (2xx, and not a JSON body saying "status": false).
- retry: it certainly did not take it (no connection, HTTP 5xx, 408, 425, 429, or "status": false): try again later.
- uncertain: it may have taken it (the request went out, then a timeout or a dropped connection).
- failed: it refused the request as such (another 4xx: a wrong token, a wrong URL); retrying will not help.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass

import httpx

RETRY_STATUSES = frozenset({408, 425, 429})
DETAIL_MAX = 300


@dataclass(frozen=True)
class GatewayConfig:
    url: str
    token: str
    format: str  # form | json | query
    fields: str  # target={nomor}&message={pesan}
    auth_header: str  # Authorization: {token}
    timeout: float
    idempotent: bool  # the gateway drops a second request with the same Idempotency-Key

    KEYS = (
        "messages.gateway.url",
        "messages.gateway.token",
        "messages.gateway.format",
        "messages.gateway.fields",
        "messages.gateway.auth_header",
        "messages.gateway.timeout",
        "messages.gateway.idempotent",
    )

    @classmethod
    def from_values(cls, values: Mapping[str, str]) -> GatewayConfig:
        return cls(
            url=values["messages.gateway.url"],
            token=values["messages.gateway.token"],
            format=values["messages.gateway.format"],
            fields=values["messages.gateway.fields"],
            auth_header=values["messages.gateway.auth_header"],
            timeout=float(values["messages.gateway.timeout"]),
            idempotent=values["messages.gateway.idempotent"] == "ya",
        )

    @property
    def configured(self) -> bool:
        return bool(self.url)

    def mask(self, text: str) -> str:
        return text.replace(self.token, "****") if self.token else text


@dataclass(frozen=True)
class Outcome:
    kind: str  # sent | retry | uncertain | failed
    detail: str
    http_status: int | None = None
    reference: str | None = None  # the gateway's own id of the message, when it gives one


def request_parts(config: GatewayConfig, recipient: str, body: str, key: str) -> dict:
    """The arguments of httpx's request() for this message."""
    values = {"nomor": recipient, "pesan": body, "kunci": key, "token": config.token}
    fields = {}
    for pair in config.fields.split("&"):
        name, template = pair.split("=", 1)
        fields[name.strip()] = template.format_map(values)
    headers = {"Idempotency-Key": key}
    if config.auth_header:
        name, value = config.auth_header.split(":", 1)
        headers[name.strip()] = value.strip().format_map(values)
    parts: dict = {"method": "POST", "url": config.url, "headers": headers}
    if config.format == "json":
        parts["json"] = fields
    elif config.format == "query":
        parts["method"], parts["params"] = "GET", fields
    else:
        parts["data"] = fields
    return parts


def send(client: httpx.Client, config: GatewayConfig, recipient: str, body: str, key: str) -> Outcome:
    """Send one message; never raises for what the network or the gateway does (that is the Outcome)."""
    try:
        response = client.request(**request_parts(config, recipient, body, key), timeout=config.timeout)
    except (httpx.ConnectError, httpx.ConnectTimeout, httpx.PoolTimeout) as error:
        return Outcome("retry", config.mask(f"Gateway tidak dapat dihubungi ({_reason(error)})."))
    except httpx.TimeoutException:
        return Outcome("uncertain", f"Gateway tidak menjawab dalam {config.timeout:g} detik; pesan mungkin terkirim.")
    except (httpx.RemoteProtocolError, httpx.ReadError, httpx.WriteError) as error:
        return Outcome(
            "uncertain", config.mask(f"Sambungan ke gateway terputus ({_reason(error)}); pesan mungkin terkirim.")
        )
    except httpx.HTTPError as error:  # an unusable URL and the like: settings to fix, not a moment to wait out
        return Outcome("failed", config.mask(f"Permintaan ke gateway tidak dapat dibuat ({_reason(error)})."))
    return _answer(config, response)


def _reason(error: Exception) -> str:
    return str(error) or type(error).__name__


def _answer(config: GatewayConfig, response: httpx.Response) -> Outcome:
    code = response.status_code
    text = config.mask(" ".join(response.text.split())[:DETAIL_MAX])
    if code >= 500 or code in RETRY_STATUSES:
        return Outcome("retry", f"Gateway menjawab HTTP {code}: {text}", code)
    if code >= 400:
        return Outcome("failed", f"Gateway menolak permintaan (HTTP {code}): {text}", code)
    answer = _json(response)
    if isinstance(answer, dict) and answer.get("status") is False:
        # Fonnte and Wablas answer 200 with "status": false when they did not take the message.
        reason = answer.get("reason") or answer.get("message") or answer.get("detail") or text
        return Outcome("retry", config.mask(f"Gateway tidak menerima pesan: {reason}")[:DETAIL_MAX], code)
    reference = _reference(answer)
    said = answer.get("detail") or answer.get("message") if isinstance(answer, dict) else None
    detail = "Diterima gateway" + (f" (nomor {reference})" if reference else "") + (f": {said}" if said else ".")
    return Outcome("sent", config.mask(detail)[:DETAIL_MAX], code, reference)


def _json(response: httpx.Response) -> object:
    try:
        return json.loads(response.text)
    except ValueError:
        return None


def _reference(answer: object) -> str | None:
    if not isinstance(answer, dict):
        return None
    for key in ("id", "message_id", "messageId"):
        value = answer.get(key)
        if isinstance(value, list) and value:
            value = value[0]
        if isinstance(value, str | int):
            return str(value)[:120]
    data = answer.get("data")
    return _reference(data) if isinstance(data, dict) else None
