#!/usr/bin/env python3
"""Loopback stand-ins for the screenshot script and the startup benchmark.

  fakeddns.py serve ADDRESS_FILE PORT_FILE   one HTTP server on 127.0.0.1 (a free port, written to
                                             PORT_FILE): GET /ip answers the address in ADDRESS_FILE;
                                             GET /nic/update answers dyndns2 "good <myip>", or
                                             "badauth" for the password "wrong".
  fakeddns.py serve ADDRESS_FILE PORT_FILE CERT KEY
                                             the same over TLS with that certificate, keeping
                                             connections open as a provider's server does.
  fakeddns.py config DIR PORT COUNT [https]  writes DIR/config.json with COUNT dyndns2 hosts and one
                                             echo source, all on 127.0.0.1:PORT (over TLS with
                                             "https"), and DIR/secrets.json (mode 0600) with their
                                             passwords.
  fakeddns.py config-desec DIR PORT COUNT    the same with COUNT deSEC hosts of one domain: deSEC
                                             allows 2 updates per 2 minutes per domain, so all but
                                             two wait for the rate limit.
Only 127.0.0.1 is ever used.
"""
import base64
import http.server
import json
import os
import ssl
import sys
import uuid
from urllib.parse import parse_qs, urlparse


def serve(address_file, port_file, cert=None, key=None):
    class Handler(http.server.BaseHTTPRequestHandler):
        if cert:
            protocol_version = "HTTP/1.1"  # keep-alive, as providers' servers answer

        def log_message(self, *args):
            pass

        def answer(self, status, text):
            body = text.encode()
            self.send_response(status)
            self.send_header("Content-Type", "text/plain")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def do_GET(self):
            url = urlparse(self.path)
            if url.path == "/ip":
                with open(address_file) as f:
                    return self.answer(200, f.read().strip() + "\n")
            if url.path == "/nic/update":
                auth = self.headers.get("Authorization", "")
                if not auth.startswith("Basic "):
                    return self.answer(401, "badauth")
                password = base64.b64decode(auth[6:]).decode().split(":", 1)[-1]
                if password == "wrong":
                    return self.answer(200, "badauth")
                myip = parse_qs(url.query).get("myip", [""])[0]
                return self.answer(200, "good " + myip)
            return self.answer(404, "not found")

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    if cert:
        context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        context.load_cert_chain(cert, key)
        server.socket = context.wrap_socket(server.socket, server_side=True)
    with open(port_file + ".tmp", "w") as f:
        f.write(str(server.server_address[1]))
    os.rename(port_file + ".tmp", port_file)
    server.serve_forever()


NAMES = ["home.example.org", "nas.example.net", "cam.example.org", "vpn.example.com"]


def config(directory, port, count, scheme="http"):
    base = "%s://127.0.0.1:%d" % (scheme, port)
    hosts, secrets = [], {}
    for i in range(count):
        host_id = str(uuid.UUID(int=i + 1))
        name = NAMES[i] if i < len(NAMES) else "host%02d.example.org" % i
        hosts.append({"id": host_id, "name": name, "provider": "dyndns2", "families": ["ipv4"],
                      "settings": {"server": base + "/", "username": "demo"}})
        # The third host's password is wrong, so one row shows a host that needs attention.
        secrets["homing/%s/password" % host_id] = "wrong" if i == 2 else "demo-password"
    cfg = {"schema": 1,
           "settings": {"secretStore": "file", "quorum": 1, "verify": False},
           "sources": [{"id": "loopback-echo", "kind": "http", "ipv4Url": base + "/ip", "format": "plain"}],
           "hosts": hosts}
    os.makedirs(directory, mode=0o700, exist_ok=True)
    with open(os.path.join(directory, "config.json"), "w") as f:
        json.dump(cfg, f, indent=2)
    path = os.path.join(directory, "secrets.json")
    with open(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600), "w") as f:
        json.dump(secrets, f)


def config_desec(directory, port, count):
    config(directory, port, count)
    path = os.path.join(directory, "config.json")
    with open(path) as f:
        cfg = json.load(f)
    for i, host in enumerate(cfg["hosts"]):
        host["provider"] = "desec"
        host["name"] = "%s.example.dedyn.io" % ["home", "nas", "cam", "vpn", "pi", "printer", "tv", "nvr"][i % 8]
        host["settings"] = {"server": "http://127.0.0.1:%d/nic/update" % port, "username": "example.dedyn.io"}
    with open(path, "w") as f:
        json.dump(cfg, f, indent=2)
    secrets = os.path.join(directory, "secrets.json")
    with open(secrets) as f:
        values = json.load(f)
    with open(os.open(secrets, os.O_WRONLY | os.O_TRUNC, 0o600), "w") as f:
        json.dump({key: "demo-token-0123456789abcdefgh" for key in values}, f)


if __name__ == "__main__":
    if len(sys.argv) in (4, 6) and sys.argv[1] == "serve":
        serve(*sys.argv[2:])
    elif len(sys.argv) == 5 and sys.argv[1] == "config":
        config(sys.argv[2], int(sys.argv[3]), int(sys.argv[4]))
    elif len(sys.argv) == 5 and sys.argv[1] == "config-desec":
        config_desec(sys.argv[2], int(sys.argv[3]), int(sys.argv[4]))
    elif len(sys.argv) == 6 and sys.argv[1] == "config" and sys.argv[5] == "https":
        config(sys.argv[2], int(sys.argv[3]), int(sys.argv[4]), "https")
    else:
        sys.exit(__doc__)
