"""Lists of plain values (`list[str]`, `list[int]`) are read like objects: checked item by item, a list that
does not fit kept raw and reported with its pointer, raised under `strict=True`."""

from __future__ import annotations

import copy
import warnings
from typing import Any

import pytest
from modelarts_client import Deviation, ModelArtsResponseError, SpecDeviationWarning
from modelarts_client.models import PoolSpecModel, ServiceSmnNotification
from modelarts_client.types import UNSET
from modelarts_spec.loader import YamlDocument
from modelarts_spec.openapi import operations

from tests.client.test_client_reading import POOL, serving, show_pool_example
from tests.support.client_mock import success_example


def with_job_flavors(spec_doc: YamlDocument, flavors: Any) -> dict[str, Any]:
    body = show_pool_example(spec_doc)
    body["spec"]["jobFlavors"] = flavors
    return body


def test_a_list_of_strings_that_fits_is_typed(spec_doc: YamlDocument) -> None:
    ma, _ = serving(spec_doc, with_job_flavors(spec_doc, ["modelarts.vm.cpu.8u", "modelarts.vm.gpu.t4"]))
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        pool = ma.pools.show_pool(POOL)
    assert pool.spec and pool.spec.job_flavors == ["modelarts.vm.cpu.8u", "modelarts.vm.gpu.t4"]


@pytest.mark.parametrize(
    ("flavors", "problem"),
    [
        (["modelarts.vm.cpu.8u", 8, "x"], "item 1 is int, expected a string"),
        ([{"name": "modelarts.vm.cpu.8u"}], "item 0 is dict, expected a string"),
        ("modelarts.vm.cpu.8u", "expected a list of items each a string"),
        ({"flavor": "modelarts.vm.cpu.8u"}, "expected a list of items each a string"),
    ],
)
def test_a_list_of_strings_that_does_not_fit_is_kept_raw_and_reported(spec_doc: YamlDocument, flavors: Any, problem: str) -> None:
    body = with_job_flavors(spec_doc, flavors)
    seen: list[Deviation] = []
    ma, _ = serving(spec_doc, body, on_deviation=seen.append)
    with pytest.warns(SpecDeviationWarning, match="/spec/jobFlavors"):
        pool = ma.pools.show_pool(POOL)
    assert [(d.operation, d.pointer) for d in seen] == [("ShowPool", "/spec/jobFlavors")]
    assert problem in seen[0].problem
    assert pool.spec is not UNSET and pool.spec.job_flavors is UNSET  # never typed list[str] holding an int
    assert pool.spec.additional_properties["jobFlavors"] == flavors  # kept raw
    assert pool.to_dict() == body  # no data lost


def test_under_strict_a_list_that_does_not_fit_raises_with_its_pointer(spec_doc: YamlDocument) -> None:
    ma, _ = serving(spec_doc, with_job_flavors(spec_doc, ["ok", None]), strict=True)
    with pytest.raises(ModelArtsResponseError) as info:
        ma.pools.show_pool(POOL)
    assert info.value.pointer == "/spec/jobFlavors"
    assert "item 1 is NoneType, expected a string" in str(info.value)


def test_a_list_of_integers_refuses_booleans_and_strings() -> None:
    assert ServiceSmnNotification.from_dict({"events": [1, 2]}).events == [1, 2]
    for events in ([1, True], [1, "2"], [1.5]):
        with pytest.warns(SpecDeviationWarning, match="/events"):
            notification = ServiceSmnNotification.from_dict({"events": events})
        assert notification.events is UNSET and notification.additional_properties["events"] == events


def test_list_misfit_names_the_first_item_that_does_not_fit() -> None:
    from modelarts_core.tolerance import list_misfit

    assert list_misfit([], str, False, "a string") is None
    assert list_misfit([1, 2.5], (int, float), True, "a number") is None
    assert str(list_misfit([1, 2.5, False], (int, float), True, "a number")) == "item 2 is bool, expected a number"
    assert str(list_misfit(("a",), str, False, "a string")) == "expected a list of items each a string"


def test_kept_values_come_after_unknown_keys_as_before(spec_doc: YamlDocument) -> None:
    """A value that does not fit goes back into the dict of unknown keys: it follows them, in property order."""
    with pytest.warns(SpecDeviationWarning):
        spec = PoolSpecModel.from_dict({"zeta": 1, "jobFlavors": [1], "controlMode": "x", "alpha": 2})
    assert list(spec.additional_properties) == ["zeta", "alpha", "jobFlavors", "controlMode"]


def test_typed_extra_keys_are_checked_value_by_value() -> None:
    """`additionalProperties: {type: string}` (labels) and `anyOf: [string, number]` (Value's resource keys):
    a value of another type is reported with its pointer and kept as received."""
    from modelarts_client.models import ResourceMetricsMetadataLabels, Value

    with warnings.catch_warnings():
        warnings.simplefilter("error")
        labels = ResourceMetricsMetadataLabels.from_dict({"os.modelarts/name": "pool-a", "tier": "gpu"})
        value = Value.from_dict({"cpu": 4, "nvidia.com/gpu": 2, "memory": "64Gi", "hbm": "32Gi", "ratio": 0.5})
    assert labels["tier"] == "gpu" and value["nvidia.com/gpu"] == 2 and value["hbm"] == "32Gi"
    with pytest.warns(SpecDeviationWarning) as caught:
        labels = ResourceMetricsMetadataLabels.from_dict({"ok": "x", "count": 3, "nested": {"a": "b"}})
        value = Value.from_dict({"cpu": 4, "nvidia.com/gpu": True, "npu": None})
    assert sorted(str(w.message).split(" ")[0] for w in caught) == ["/count", "/nested", "/npu", "/nvidia.com~1gpu"]
    assert labels.additional_properties == {"ok": "x", "count": 3, "nested": {"a": "b"}}  # kept as received
    assert value.additional_properties == {"nvidia.com/gpu": True, "npu": None} and value.cpu == 4


def test_a_typed_extra_value_that_does_not_fit_is_reported_in_a_call_and_raises_under_strict(spec_doc: YamlDocument) -> None:
    op = next(o for o in operations(spec_doc.data) if o.operation_id == "ShowPoolRuntimeMetrics")
    body = copy.deepcopy(success_example(op)[1])
    body["items"][0]["metadata"]["labels"] = {"os.modelarts/name": 7}
    seen: list[Deviation] = []
    ma, _ = serving(spec_doc, body, on_deviation=seen.append)
    with pytest.warns(SpecDeviationWarning):
        metrics = ma.pools.show_pool_runtime_metrics()
    assert [d.pointer for d in seen] == ["/items/0/metadata/labels/os.modelarts~1name"]
    assert metrics.to_dict() == body
    strict, _ = serving(spec_doc, body, strict=True)
    with pytest.raises(ModelArtsResponseError) as info:
        strict.pools.show_pool_runtime_metrics()
    assert info.value.pointer == "/items/0/metadata/labels/os.modelarts~1name"


def test_a_property_of_string_or_number_is_checked_like_a_scalar() -> None:
    """`anyOf: [string, number]` (Value.cpu, ResourceQuota.quota): the stock template only casts it."""
    from modelarts_client.models import Value

    with warnings.catch_warnings():
        warnings.simplefilter("error")
        assert (Value.from_dict({"cpu": 4}).cpu, Value.from_dict({"cpu": "1073m"}).cpu, Value.from_dict({"cpu": 0.5}).cpu) == (
            4,
            "1073m",
            0.5,
        )
    for wrong in ({"amount": 4}, [4], True, None):
        with pytest.warns(SpecDeviationWarning, match="/cpu does not fit the spec .TypeError: expected a number or a string"):
            value = Value.from_dict({"cpu": wrong, "memory": "64Gi"})
        assert value.cpu is UNSET and value.additional_properties == {"cpu": wrong} and value.memory == "64Gi"
        assert value.to_dict() == {"cpu": wrong, "memory": "64Gi"}  # no data lost
