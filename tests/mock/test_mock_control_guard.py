"""An open control plane (--no-auth, what `make mock` runs) on a socket cannot be driven by a web page (issue 21): a
cross-origin `text/plain` POST (CSRF) is refused for its content type, a foreign `Host` (DNS rebinding) or `Origin`
for the address; loopback names, `--allow-host` names and credentials still get through. Nothing refused is filed."""

from __future__ import annotations

from collections.abc import Iterator

import httpx
import pytest
from modelarts_mock import Settings, create_app
from modelarts_mock.__main__ import parse_args
from modelarts_mock.host_guard import loopback
from modelarts_mock.in_process import InProcessMock
from modelarts_mock.testing import running_mock

from tests.support.mock import TOKEN

FAULT = '{"operation": "ShowPool", "status": 503}'
JSON = {"Content-Type": "application/json"}


def served(settings: Settings) -> Iterator[tuple[str, InProcessMock]]:
    app = create_app(settings)
    handle = InProcessMock(app)
    with running_mock(app=app) as url:
        yield url, handle


@pytest.fixture(scope="module")
def open_plane() -> Iterator[tuple[str, InProcessMock]]:
    yield from served(Settings(auth=False, allowed_hosts=("mock.internal",)))


def post(url: str, headers: dict[str, str], body: str = FAULT) -> httpx.Response:
    with httpx.Client(base_url=url) as http:
        return http.post("/_mock/faults", content=body, headers=headers)


@pytest.mark.parametrize(
    ("headers", "status", "words"),
    [
        ({"Content-Type": "text/plain"}, 415, "send Content-Type: application/json (got text/plain)"),  # a form or fetch() "simple" POST
        ({"Content-Type": "application/x-www-form-urlencoded"}, 415, "application/json"),
        ({}, 415, "got none"),
        ({**JSON, "Host": "attacker.example"}, 403, "Host 'attacker.example' is not this machine"),  # rebinding
        ({**JSON, "Host": "attacker.example:8080"}, 403, "--allow-host"),
        ({**JSON, "Origin": "http://attacker.example"}, 403, "web origin 'http://attacker.example'"),
        ({**JSON, "Origin": "null"}, 403, "web origin 'null'"),  # a sandboxed frame, a file:// page
        ({**JSON, "Host": "127.0.0.1.attacker.example"}, 403, "not this machine"),
    ],
)
def test_what_a_web_page_can_send_is_refused_and_nothing_is_filed(
    open_plane: tuple[str, InProcessMock], headers: dict[str, str], status: int, words: str
) -> None:
    url, handle = open_plane
    answer = post(url, headers)
    assert (answer.status_code, answer.headers["content-type"]) == (status, "application/json"), answer.text
    assert words in answer.json()["error_msg"] and answer.json()["error_code"].startswith("Mock.")
    assert handle.injections.listing()["faults"] == []


@pytest.mark.parametrize(
    "headers",
    [
        JSON,  # httpx sends Host: 127.0.0.1:PORT
        {**JSON, "Host": "localhost:8080"},
        {**JSON, "Host": "[::1]:8080"},
        {**JSON, "Host": "api.localhost"},
        {**JSON, "Host": "MOCK.internal:8080"},  # named with --allow-host (any case, any port)
        {**JSON, "Origin": "http://localhost:3000"},  # a dev server on this machine
        {"Content-Type": "application/json; charset=utf-8"},
    ],
)
def test_this_machine_and_allowed_names_are_served(open_plane: tuple[str, InProcessMock], headers: dict[str, str]) -> None:
    url, handle = open_plane
    try:
        assert post(url, headers).status_code == 201
        assert len(handle.injections.listing()["faults"]) == 1
    finally:
        handle.clear_faults()


def test_a_reset_without_a_body_needs_no_content_type_but_a_form_post_is_refused(open_plane: tuple[str, InProcessMock]) -> None:
    url, handle = open_plane
    handle.fail("ShowPool", status=503)
    with httpx.Client(base_url=url) as http:
        form = http.post("/_mock/reset", headers={"Content-Type": "application/x-www-form-urlencoded"})  # an empty <form>
        assert form.status_code == 415 and len(handle.injections.listing()["faults"]) == 1
        foreign = http.post("/_mock/reset", headers={"Origin": "https://attacker.example"})  # fetch(..., {mode: "no-cors"})
        assert foreign.status_code == 403 and len(handle.injections.listing()["faults"]) == 1
        assert http.post("/_mock/reset").json() == {"reset": True}  # curl -X POST, a generated client's call
    assert handle.injections.listing()["faults"] == []


def test_gets_are_guarded_too(open_plane: tuple[str, InProcessMock]) -> None:
    """A rebinding page could read the journal (what the user's code sent) as well as write."""
    url, _ = open_plane
    with httpx.Client(base_url=url) as http:
        assert http.get("/_mock/journal", headers={"Host": "attacker.example"}).status_code == 403
        assert http.get("/_mock/journal").status_code == 200


def test_any_host_when_asked_but_never_a_foreign_origin() -> None:
    for url, handle in served(Settings(auth=False, allowed_hosts=("*",))):
        assert post(url, {**JSON, "Host": "modelarts-mock:8080"}).status_code == 201  # a container's service name
        assert post(url, {**JSON, "Origin": "http://attacker.example"}).status_code == 403
        assert post(url, {"Content-Type": "text/plain"}).status_code == 415
        assert len(handle.injections.listing()["faults"]) == 1


def test_credentials_guard_the_plane_whatever_the_host() -> None:
    for url, _ in served(Settings(tokens=(TOKEN,))):
        assert post(url, {**JSON, "Host": "mock.example"}).status_code == 401
        assert post(url, {**JSON, "Host": "mock.example", "X-Auth-Token": TOKEN}).status_code == 201
        assert post(url, {"Content-Type": "text/plain", "X-Auth-Token": TOKEN}).status_code == 415  # JSON asked of everyone


def test_in_process_clients_have_no_host_to_check() -> None:
    handle = InProcessMock(create_app(Settings(auth=False)))
    try:
        with handle.client() as http:
            assert http.post("/_mock/faults", content=FAULT, headers={**JSON, "Host": "anything"}).status_code == 201
    finally:
        handle.close()


def test_the_command_allows_the_host_it_listens_on_and_the_names_given() -> None:
    _, settings = parse_args(["--no-auth", "--host", "10.0.0.5", "--allow-host", "mock.internal", "--allow-host", "*"])
    assert settings.allowed_hosts == ("mock.internal", "*", "10.0.0.5")
    _, settings = parse_args(["--no-auth", "--host", "0.0.0.0"])
    assert settings.allowed_hosts == ()  # listening everywhere names no host


@pytest.mark.parametrize(
    ("host", "expected"),
    [
        ("127.0.0.1", True),
        ("127.8.9.10:80", True),
        ("[::1]", True),
        ("localhost", True),
        ("LOCALHOST:1", True),
        ("x.localhost", True),
        ("", False),
        ("localhost.attacker.example", False),
        ("10.0.0.1", False),
        ("[::1", False),
        ("::1", True),
        ("0.0.0.0", False),
    ],
)
def test_loopback_names(host: str, expected: bool) -> None:
    assert loopback(host) is expected
