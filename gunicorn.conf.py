"""gunicorn settings read from the working directory (`gunicorn coop_site.wsgi …` run at the repo root).

A sync worker serves one request at a time and closes the connection after it, so every response
goes out on a fresh socket whose send buffer starts small (net.ipv4.tcp_wmem, 16 KiB by default):
a 130 KiB page then keeps the worker blocked in `sendall` until the client has read most of it.
A larger send buffer on the listening socket (accepted sockets inherit it) lets the kernel take a
whole page at once, and the worker moves on to the next request while the kernel delivers it.
"""

import socket

SEND_BUFFER_BYTES = 1 << 20  # Linux doubles it for bookkeeping and caps it at net.core.wmem_max


def when_ready(server):
    for listener in server.LISTENERS:
        listener.sock.setsockopt(socket.SOL_SOCKET, socket.SO_SNDBUF, SEND_BUFFER_BYTES)
