"""A real SMS/WhatsApp gateway stand-in on 127.0.0.1 for the message tests: it records every request it receives
and answers as told (taken, HTTP 500, too late, connection dropped, "status": false), nothing leaves the machine.

`delivered` counts, per idempotency key, the messages the gateway took and so the applicant's phone got: a key
counted twice is a message the applicant received twice. An `idempotent` gateway takes a repeated key once.
"""

from __future__ import annotations

import json
import threading
import time
from collections import Counter
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs, urlsplit

TAKEN = "ok"
SERVER_ERROR = "500"
TOO_LATE = "slow"  # takes the message, then answers after the client's timeout
DROPPED = "drop"  # takes the message, then closes the connection without an answer
NOT_TAKEN = "status_false"  # HTTP 200 with {"status": false}, as Fonnte and Wablas say no
UNAUTHORISED = "401"


class RecordingGateway:
    def __init__(self, *, idempotent: bool = False, late_seconds: float = 1.6, delay: float = 0.0):
        self.idempotent = idempotent
        self.late_seconds = late_seconds
        self.delay = delay
        self.requests: list[dict] = []
        self.plan: list[str] = []
        self.delivered: Counter[str] = Counter()
        self._lock = threading.Lock()
        gateway = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *_args) -> None:  # quiet: the test reads `requests`
                pass

            def do_POST(self) -> None:
                gateway._handle(self)

            def do_GET(self) -> None:
                gateway._handle(self)

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.server.daemon_threads = True
        self._thread = threading.Thread(target=self.server.serve_forever, daemon=True)

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.server.server_address[1]}/send"

    def __enter__(self) -> RecordingGateway:
        self._thread.start()
        return self

    def __exit__(self, *_exc) -> None:
        self.server.shutdown()
        self.server.server_close()
        self._thread.join(5)

    def _handle(self, handler: BaseHTTPRequestHandler) -> None:
        length = int(handler.headers.get("Content-Length") or 0)
        body = handler.rfile.read(length).decode("utf-8") if length else ""
        parts = urlsplit(handler.path)
        record = {
            "method": handler.command,
            "path": parts.path,
            "query": {key: values[0] for key, values in parse_qs(parts.query).items()},
            "headers": {key.lower(): value for key, value in handler.headers.items()},
            "body": body,
        }
        content_type = record["headers"].get("content-type", "")
        if "json" in content_type:
            record["fields"] = json.loads(body)
        elif body:
            record["fields"] = {key: values[0] for key, values in parse_qs(body).items()}
        else:
            record["fields"] = record["query"]
        key = record["headers"].get("idempotency-key", "")
        with self._lock:
            self.requests.append(record)
            behaviour = self.plan.pop(0) if self.plan else TAKEN
            repeated = self.idempotent and self.delivered[key] > 0
            takes = behaviour in (TAKEN, TOO_LATE, DROPPED) and not repeated
            if takes:
                self.delivered[key] += 1
        if self.delay:
            time.sleep(self.delay)
        if behaviour == DROPPED:
            handler.close_connection = True
            return  # no status line at all: the client sees the connection closed
        if behaviour == TOO_LATE:
            time.sleep(self.late_seconds)
        if behaviour == SERVER_ERROR:
            self._answer(handler, 500, {"error": "internal server error"})
        elif behaviour == UNAUTHORISED:
            token = record["headers"].get("authorization", "")
            self._answer(handler, 401, {"status": False, "reason": f"invalid token {token}"})
        elif behaviour == NOT_TAKEN:
            self._answer(handler, 200, {"status": False, "reason": "device disconnected"})
        else:
            detail = "duplicate ignored" if repeated else "success! message in queue"
            self._answer(handler, 200, {"status": True, "detail": detail, "id": [str(len(self.requests))]})

    @staticmethod
    def _answer(handler: BaseHTTPRequestHandler, code: int, payload: dict) -> None:
        data = json.dumps(payload).encode()
        try:
            handler.send_response(code)
            handler.send_header("Content-Type", "application/json")
            handler.send_header("Content-Length", str(len(data)))
            handler.end_headers()
            handler.wfile.write(data)
        except (BrokenPipeError, ConnectionResetError):
            pass  # the client gave up waiting (a timeout): what the test is about
