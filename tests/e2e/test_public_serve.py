"""loket-public as a process: where it refuses to start, TLS, limits per address, bounded requests, and a fault
that shows the friendly page instead of a stack trace."""

from __future__ import annotations

import datetime as dt
import ipaddress
import shutil
import ssl
import subprocess
import threading
import time
from pathlib import Path

import httpx
import pytest

from db.core.actor import Actor
from db.core.errors import NotFound
from db.models import Role
from db.services import open_services
from tests.e2e.public_helpers import free_port, public_server, serve_command

pytestmark = pytest.mark.timeout(180)


@pytest.fixture
def hall(loket_home):
    office = open_services(f"sqlite:///{loket_home / 'loket.db'}", device_id="pc-1")
    yield office
    office.close()


def refused(home: Path, *args: str) -> subprocess.CompletedProcess:
    command, env = serve_command(home, "--port", str(free_port()), *args)
    return subprocess.run(command, env=env, capture_output=True, text=True, timeout=60)


def test_it_refuses_a_public_address_without_tls_and_an_old_database(hall, loket_home, tmp_path):
    plain = refused(loket_home, "--host", "0.0.0.0")
    assert plain.returncode == 1 and "tanpa TLS" in plain.stderr and "--allow-plain-http" in plain.stderr
    assert "Traceback" not in plain.stderr
    half = refused(loket_home, "--host", "0.0.0.0", "--tls-cert", str(tmp_path / "c.pem"))
    assert half.returncode == 1 and "keduanya" in half.stderr
    old = tmp_path / "lama"
    old.mkdir()
    shutil.copy(Path(__file__).parents[1] / "db" / "fixtures" / "schema_0007.db", old / "loket.db")
    stale = refused(old)
    assert stale.returncode == 1 and "loket-admin db upgrade" in stale.stderr


def self_signed(folder: Path) -> tuple[Path, Path]:
    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.x509.oid import NameOID

    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "antrian.test")])
    now = dt.datetime.now(dt.UTC)
    certificate = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(days=1))
        .not_valid_after(now + dt.timedelta(days=30))
        .add_extension(x509.SubjectAlternativeName([x509.IPAddress(ipaddress.ip_address("127.0.0.1"))]), False)
        .sign(key, hashes.SHA256())
    )
    cert, private = folder / "kantor.pem", folder / "kantor.key"
    cert.write_bytes(certificate.public_bytes(serialization.Encoding.PEM))
    private.write_bytes(
        key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption())
    )
    return cert, private


def test_with_a_certificate_it_serves_https_on_a_public_address(hall, loket_home, tmp_path):
    cert, key = self_signed(tmp_path)
    port = free_port()
    command, env = serve_command(loket_home, "--host", "0.0.0.0", "--port", str(port))
    command += ["--tls-cert", str(cert), "--tls-key", str(key)]
    process = subprocess.Popen(command, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        deadline, answer = time.monotonic() + 30, None
        while answer is None and time.monotonic() < deadline and process.poll() is None:
            try:
                trusted = ssl.create_default_context(cafile=str(cert))
                answer = httpx.get(f"https://127.0.0.1:{port}/kode", verify=trusted, timeout=2)
            except httpx.TransportError:
                time.sleep(0.2)
        assert answer is not None and answer.status_code == 200 and "Lihat antrian" in answer.text
    finally:
        process.terminate()
        process.wait(timeout=10)
        process.stdout.close()
        process.stderr.close()


def test_limits_per_address_and_bounded_requests_answer_with_friendly_pages(hall, loket_home):
    hall.queue.issue(Actor("kios", "pc-1", role=Role.CUSTOMER_SERVICE), "A")
    with public_server(loket_home) as base, httpx.Client(base_url=base, timeout=10) as client:
        codes = [client.get("/kode", params={"k": f"SALAH{n:05d}"}).status_code for n in range(11)]
        assert codes[:10] == [404] * 10 and codes[10] == 429  # ten wrong codes a minute, then wait
        posted = client.post("/kode", content=b"k=1")
        assert posted.status_code == 405 and posted.headers["allow"] == "GET, HEAD"
        bodied = client.request("GET", "/kode", content=b"x" * 100)
        assert bodied.status_code == 413 and "tidak menerima kiriman" in bodied.text
        assert client.get("/" + "a" * 300).status_code == 414
        pages = [client.get("/kode").status_code for _ in range(120)]
        assert 429 in pages  # past 120 requests a minute from one address
        limited = client.get("/kode")
        assert limited.status_code == 429 and limited.headers["retry-after"] == "30"
        assert "Terlalu banyak permintaan" in limited.text and "Traceback" not in limited.text


class Broken:
    """A PublicService whose reads fail as a bug would."""

    def settings(self) -> dict[str, str]:
        return {"office.short_name": "DPMPTSP"}

    def ticket_page(self, _segment: str):
        raise RuntimeError("rahasia internal: baris 42 di db/public/service.py")

    def find_code(self, _typed: str):
        raise NotFound("Kode tidak dikenal.")


def test_a_fault_inside_shows_the_friendly_page_and_never_a_stack_trace():
    import uvicorn

    from server.public.app import create_public_app

    port = free_port()
    server = uvicorn.Server(uvicorn.Config(create_public_app(Broken()), port=port, log_level="critical"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    try:
        deadline = time.monotonic() + 20
        while not server.started and time.monotonic() < deadline:
            time.sleep(0.05)
        answer = httpx.get(f"http://127.0.0.1:{port}/antrian/{'a' * 64}", timeout=5)
        assert answer.status_code == 500 and "sedang bermasalah" in answer.text
        assert "rahasia" not in answer.text and "Traceback" not in answer.text and "service.py" not in answer.text
        assert httpx.get(f"http://127.0.0.1:{port}/kode?k=X", timeout=5).status_code == 404
    finally:
        server.should_exit = True
        thread.join(timeout=10)
