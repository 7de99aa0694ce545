#!/usr/bin/env python3
"""An impostor control server, run by the test as a second user: it listens on a Unix socket,
logs each connection and whatever the client sent, and answers like Homing would (with a host
that is not the user's). Args: SOCKET_PATH LOG_PATH. Writes LOG_PATH.ready once listening."""
import os
import socket
import sys

path, log = sys.argv[1], sys.argv[2]
server = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
server.bind(path)
os.chmod(path, 0o777)
server.listen(16)
open(log + ".ready", "w").close()
while True:
    conn, _ = server.accept()
    with open(log, "ab") as out:
        out.write(b"connect\n")
    conn.settimeout(30)
    try:
        data = conn.recv(65536)
    except OSError:
        data = b""
    with open(log, "ab") as out:
        out.write(b"data:" + data.replace(b"\n", b" ") + b"\n")
    try:
        conn.sendall(b'{"ok":true,"result":{"hosts":[{"name":"impostor.example"}],"online":true}}\n')
    except OSError:
        pass
    conn.close()
