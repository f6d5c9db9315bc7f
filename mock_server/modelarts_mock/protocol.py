"""uvicorn's httptools protocol with one change: a request it cannot parse gets a JSON 400, like every other answer.

httptools (llhttp) refuses some requests before the app sees them (a NUL or other control byte in a
header, a malformed request line); uvicorn then writes a plain-text 400 itself. Only that writer is
replaced: same status, same `connection: close`, a body in the mock's error shape.
"""

from __future__ import annotations

import json

from uvicorn.protocols.http.httptools_impl import STATUS_LINE, HttpToolsProtocol

from modelarts_mock.wire import BAD_REQUEST, JSON

UNPARSABLE = json.dumps({"error_code": BAD_REQUEST, "error_msg": "malformed HTTP request (refused by the HTTP parser)"}).encode()


class JsonErrorProtocol(HttpToolsProtocol):
    def send_400_response(self, msg: str) -> None:  # uvicorn's message is fixed text; ours says the same in JSON
        content = [STATUS_LINE[400]]
        for name, value in self.server_state.default_headers:
            content.extend([name, b": ", value, b"\r\n"])
        content += [
            b"content-type: " + JSON.encode() + b"\r\n",
            b"content-length: " + str(len(UNPARSABLE)).encode("ascii") + b"\r\n",
            b"connection: close\r\n\r\n",
            UNPARSABLE,
        ]
        self.transport.write(b"".join(content))
        self.transport.close()
