"""Tolerant reading of what the spec requires: a required property missing, null or of the wrong shape is a
deviation like any other (the attribute None, the raw value kept, the pointer reported); strict raises with
the pointer; every ModelArtsResponseError about the body's shape carries the pointer of the first misfit."""

from __future__ import annotations

import json
import warnings
from typing import Any

import httpx
import pytest
from modelarts_client import Deviation, ModelArts, ModelArtsResponseError, SpecDeviationWarning, TokenAuth
from modelarts_client.models import PoolMetadata
from modelarts_spec.loader import YamlDocument
from modelarts_spec.openapi import Operation

from tests.client.test_client_reading import POOL, pickle_text, serving, show_pool_example
from tests.support.client_mock import PROJECT, ExampleServer

MISSING = object()


@pytest.mark.parametrize("value", [MISSING, None, "x", []], ids=["missing", "null", "string", "list"])
def test_a_required_object_that_is_missing_or_unfit_is_a_deviation_with_its_pointer(spec_doc: YamlDocument, value: Any) -> None:
    body = show_pool_example(spec_doc)
    if value is MISSING:
        del body["metadata"]
    else:
        body["metadata"] = value
    seen: list[Deviation] = []
    ma, _ = serving(spec_doc, body, on_deviation=seen.append)
    with pytest.warns(SpecDeviationWarning):
        pool = ma.pools.show_pool(POOL)
    assert [d.pointer for d in seen] == ["/metadata"]
    assert ("missing" in seen[0].problem) is (value is MISSING)
    assert pool.metadata is None and pool.status is not None and pool.status.phase  # the rest is typed
    if value is not MISSING:
        assert pool.additional_properties["metadata"] == value  # kept raw
    assert pool.to_dict() == body  # no data lost, none invented
    strict, _ = serving(spec_doc, body, strict=True)
    with pytest.raises(ModelArtsResponseError) as info:
        strict.pools.show_pool(POOL)
    assert info.value.pointer == "/metadata" and "/metadata" in str(info.value)


def test_a_nested_required_scalar_that_is_missing_is_reported_at_its_pointer(spec_doc: YamlDocument) -> None:
    body = show_pool_example(spec_doc)
    del body["metadata"]["name"]
    seen: list[Deviation] = []
    ma, _ = serving(spec_doc, body, on_deviation=seen.append)
    with pytest.warns(SpecDeviationWarning):
        pool = ma.pools.show_pool(POOL)
    assert [(d.pointer, "missing" in d.problem) for d in seen] == [("/metadata/name", True)]
    assert isinstance(pool.metadata, PoolMetadata) and pool.metadata.name is None
    assert pool.to_dict() == body


@pytest.mark.parametrize("body", [[], "x", 3, True], ids=["list", "string", "number", "boolean"])
def test_a_body_that_is_not_an_object_raises_with_the_root_pointer(spec_doc: YamlDocument, body: Any) -> None:
    ma, _ = serving(spec_doc, body)
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        with pytest.raises(ModelArtsResponseError) as info:
            ma.pools.show_pool(POOL)
    assert info.value.pointer == "" and "expected a JSON object" in str(info.value)


def test_a_scalar_of_the_wrong_type_is_kept_raw_and_reported(spec_doc: YamlDocument) -> None:
    body = show_pool_example(spec_doc)
    body["status"]["message"] = {"text": "an object where the spec has a string"}
    body["metadata"]["name"] = 42  # required: reported, read as None, kept raw
    seen: list[Deviation] = []
    ma, _ = serving(spec_doc, body, on_deviation=seen.append)
    with pytest.warns(SpecDeviationWarning):
        pool = ma.pools.show_pool(POOL)
    assert {(d.pointer, d.problem) for d in seen} == {
        ("/status/message", "TypeError: expected a string"),
        ("/metadata/name", "TypeError: expected a string"),
    }
    assert pool.status and not pool.status.message and pool.status.additional_properties["message"] == body["status"]["message"]
    assert pool.metadata.name is None and pool.metadata.additional_properties["name"] == 42
    assert pool.to_dict() == body
    strict, _ = serving(spec_doc, body, strict=True)
    with pytest.raises(ModelArtsResponseError) as info:
        strict.pools.show_pool(POOL)
    assert info.value.pointer in ("/status/message", "/metadata/name")


def test_an_unreadable_2xx_body_keeps_its_raw_text_redacted_after_decoding(spec_doc: YamlDocument) -> None:
    token = "tok/EN-secret-0123456789"
    raw = '{"apiVersion": "v2", "kind": "Pool", "echo": "' + token.replace("/", "\\u002f") + '"}'  # metadata missing

    def echo(request: httpx.Request, op: Operation) -> httpx.Response:
        return httpx.Response(200, content=raw.encode())

    server = ExampleServer(spec_doc.data, override=echo)
    with (
        ModelArts(region="cn-north-4", project_id=PROJECT, auth=TokenAuth(token), transport=server.transport(), strict=True) as ma,
        pytest.raises(ModelArtsResponseError) as info,
    ):
        ma.pools.show_pool(POOL)
    assert info.value.pointer == "/metadata"
    assert json.loads(info.value.body) == {"apiVersion": "v2", "kind": "Pool", "echo": "<redacted>"}
    assert token not in pickle_text(info.value) and "u002f" not in pickle_text(info.value)
