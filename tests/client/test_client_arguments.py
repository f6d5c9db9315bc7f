"""Arguments a newcomer gets wrong, answered clearly before anything is sent (issue 23): None for a required
argument, an int for an enum whose values are numbers as text, path values off the spec's lengths, a
project id off the spec's rule; and a 403/404 that may come from a wrong project id says which it used."""

from __future__ import annotations

import httpx
import pytest
from modelarts_client import ConfigurationError, ModelArts, ModelArtsArgumentError, NotFound, TokenAuth
from modelarts_client.types import UNSET

PROJECT = "0b5f5e5f5e5f4e1c8c7e3d2f1a0b9c8d"
POOL = "pool-0123456789abcdef0123456789abcdef"


def facade(answer: httpx.Response | None = None) -> tuple[ModelArts, list[httpx.Request]]:
    seen: list[httpx.Request] = []

    def handle(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return answer or httpx.Response(200, json={})

    ma = ModelArts(
        endpoint="https://modelarts.example.com", project_id=PROJECT, auth=TokenAuth("token"), transport=httpx.MockTransport(handle)
    )
    return ma, seen


def test_none_for_a_required_argument_is_refused_as_none() -> None:
    ma, seen = facade()
    with pytest.raises(ModelArtsArgumentError, match=r"^pool_name is required, got None$"):
        ma.pools.show_pool(None)  # type: ignore[arg-type]
    assert seen == []


def test_an_int_is_accepted_where_its_text_is_an_enum_value_and_values_are_listed_in_the_spec_order() -> None:
    ma, seen = facade()
    ma.pools.show_pool_monitor(POOL, period=300)  # type: ignore[arg-type]
    assert seen[-1].url.params["period"] == "300"
    with pytest.raises(ModelArtsArgumentError) as info:
        ma.pools.show_pool_monitor(POOL, period=301)  # type: ignore[arg-type]
    assert str(info.value).endswith("expected one of: '60', '300', '900', '3600'")  # as the spec lists them, not as text sorts


def test_path_values_are_checked_against_the_spec_lengths() -> None:
    ma, seen = facade()
    with pytest.raises(ModelArtsArgumentError, match="longer than the spec's maximum of"):
        ma.pools.show_pool("pool-" + "a" * 200)
    assert seen == []


@pytest.mark.parametrize(("project_id", "problem"), [("a/b", "one non-empty path segment"), ("p" * 65, "maximum of 64"), ("ü", "pattern")])
def test_the_project_id_is_checked_at_construction(project_id: str, problem: str) -> None:
    with pytest.raises(ConfigurationError, match=problem):
        ModelArts(endpoint="https://modelarts.example.com", project_id=project_id, auth=TokenAuth("token"))


def test_a_404_names_the_project_id_in_use() -> None:
    answer = httpx.Response(404, json={"error_code": "ModelArts.0001", "error_msg": "Service x does not exist"})
    ma, _ = facade(answer)
    with pytest.raises(NotFound) as info:
        ma.services.show_service("35de3ca9-1bca-4ae7-9cb0-914f30fa7d3e")
    assert f"the request used project id '{PROJECT}'" in str(info.value) and info.value.hint


def test_unset_prints_as_unset_and_the_package_exports_no_typing_helpers() -> None:
    import modelarts_client

    assert repr(UNSET) == "UNSET" and "object at" not in repr(UNSET)
    assert "TYPE_CHECKING" not in dir(modelarts_client) and "TYPE_CHECKING" not in modelarts_client.__all__
