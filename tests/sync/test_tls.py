"""TLS is always verified: a council CA bundle makes its certificate trusted; without
it the hub refuses, in plain words, and keeps its data."""

from __future__ import annotations

import datetime
import threading
import time

import pytest
import uvicorn

from accesspoint_server.app import create_app
from accesspoint_server.auth import RateLimiter
from sync import state
from sync.errors import NetworkError

from .live import free_port
from .workload import check_server_matches

x509 = pytest.importorskip("cryptography.x509")
from cryptography.hazmat.primitives import hashes, serialization  # noqa: E402
from cryptography.hazmat.primitives.asymmetric import ec  # noqa: E402
from cryptography.x509.oid import NameOID  # noqa: E402


def _name(cn: str):
    return x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, cn)])


def make_ca_and_cert(folder):
    """A council's own CA and a server certificate for 127.0.0.1 signed by it."""
    now = datetime.datetime.now(datetime.UTC)
    ca_key = ec.generate_private_key(ec.SECP256R1())
    ca = (x509.CertificateBuilder().subject_name(_name("Test Council CA"))
          .issuer_name(_name("Test Council CA")).public_key(ca_key.public_key())
          .serial_number(x509.random_serial_number()).not_valid_before(now)
          .not_valid_after(now + datetime.timedelta(days=1))
          .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
          .sign(ca_key, hashes.SHA256()))
    key = ec.generate_private_key(ec.SECP256R1())
    import ipaddress

    cert = (x509.CertificateBuilder().subject_name(_name("127.0.0.1"))
            .issuer_name(ca.subject).public_key(key.public_key())
            .serial_number(x509.random_serial_number()).not_valid_before(now)
            .not_valid_after(now + datetime.timedelta(days=1))
            .add_extension(x509.SubjectAlternativeName(
                [x509.IPAddress(ipaddress.ip_address("127.0.0.1"))]), critical=False)
            .sign(ca_key, hashes.SHA256()))
    paths = {n: folder / f"{n}.pem" for n in ("ca", "cert", "key")}
    paths["ca"].write_bytes(ca.public_bytes(serialization.Encoding.PEM))
    paths["cert"].write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    paths["key"].write_bytes(key.private_bytes(
        serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
        serialization.NoEncryption()))
    return paths


def test_council_ca_bundle(fresh_server, make_hub, tmp_path):
    pem = make_ca_and_cert(tmp_path)
    port = free_port()
    app = create_app(fresh_server.db, limiter=RateLimiter(limit=1000), migrate=False)
    tls = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_config=None,
                                        access_log=False, lifespan="off",
                                        ssl_certfile=str(pem["cert"]),
                                        ssl_keyfile=str(pem["key"])))
    threading.Thread(target=tls.run, daemon=True).start()
    while not tls.started:
        time.sleep(0.01)
    url = f"https://127.0.0.1:{port}"
    try:
        hub = make_hub(fresh_server, "TLS Hub", enrol=False)
        _hub_id, code = fresh_server.new_hub("TLS Hub")
        with pytest.raises(NetworkError) as err:  # not trusted without the council's CA
            hub.enrol(url, code)
        assert "certificate" in err.value.message and "CA bundle" in err.value.message
        hub.enrol(url, code, ca_bundle=str(pem["ca"]))
        assert state.get(hub.conn, state.CA_BUNDLE) == str(pem["ca"])
        from .live import make_person

        make_person(hub, 1)
        assert hub.sync().ok
        check_server_matches(fresh_server, hub)
        # Verification is never switched off: drop the bundle and it refuses again.
        state.put(hub.conn, state.CA_BUNDLE, None)
        make_person(hub, 2)
        with pytest.raises(NetworkError):
            hub.sync()
        assert hub.conn.execute("SELECT COUNT(*) FROM outbox").fetchone()[0] > 0
    finally:
        tls.should_exit = True


def test_plain_http_refused_for_remote_servers(make_hub, server):
    hub = make_hub(server, "Plain Hub", enrol=False)
    with pytest.raises(NetworkError) as err:
        hub.enrol("http://council.example.org", "CODE")
    assert "https://" in err.value.message


def test_proxy_setting_wins_over_environment(monkeypatch):
    """The hub's proxy setting is the one used, even with a proxy in the environment."""
    from sync.transport import Transport

    seen = {}

    def fake(self, method, url, **kw):
        seen.update(kw)
        raise __import__("requests").ConnectionError("stop")

    monkeypatch.setenv("HTTPS_PROXY", "http://env-proxy.invalid:1")
    monkeypatch.setattr("requests.Session.request", fake)
    t = Transport("https://council.example.org", "t", proxy="http://hub-proxy:8080",
                  max_attempts=1)
    with pytest.raises(NetworkError):
        t.request("GET", "/x")
    assert seen["proxies"] == {"http": "http://hub-proxy:8080", "https": "http://hub-proxy:8080"}
    assert seen["verify"] is True
