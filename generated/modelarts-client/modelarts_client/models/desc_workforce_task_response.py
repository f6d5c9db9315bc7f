from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from modelarts_core.tolerance import deviate, member_of  # removed by ruff where unused

from ..models.desc_workforce_task_response_status import DescWorkforceTaskResponseStatus
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.label_stats import LabelStats
    from ..models.sample_stats import SampleStats
    from ..models.search_condition import SearchCondition
    from ..models.worker_task import WorkerTask
    from ..models.workforce_sampling_task_desc import WorkforceSamplingTaskDesc
    from ..models.workforce_stats import WorkforceStats
    from ..models.workforces_config import WorkforcesConfig


T = TypeVar("T", bound="DescWorkforceTaskResponse")


@_attrs_define
class DescWorkforceTaskResponse:
    """
    Attributes:
        auto_sync_dataset (bool | Unset): Whether to automatically synchronize the result of a team labeling task to the
            dataset. Options: - **true**: Automatically synchronize the result of a team labeling task to the dataset. -
            **false**: Do not automatically synchronize the result of a team labeling task to the dataset.
        check_rate (float | Unset): Acceptance ratio of a team labeling task.
        checking_task_desc (WorkforceSamplingTaskDesc | Unset):
        create_time (int | Unset): Time when a labeling task is created.
        dataset_id (str | Unset): Dataset ID.
        description (str | Unset): Description of a labeling task.
        label_stats (list[LabelStats] | Unset): Label statistics of a labeling task.
        pass_rate (float | Unset): Acceptance pass rate of a team labeling task.
        repetition (int | Unset): Number of persons who label each sample in a team labeling task. The minimum value is
            **1**.
        sample_search_conditions (list[SearchCondition] | Unset): Sample search conditions when creating a task.
        sample_stats (SampleStats | Unset):
        score (float | Unset): Average acceptance score of a team labeling task.
        status (DescWorkforceTaskResponseStatus | Unset): Status of a team labeling task. Options: - **0**: Starting.
            The owner or manager is starting the task, and files to be labeled are still being allocated. The owner,
            manager, annotator, and reviewer can view the task list. Since the task allocation has not been completed, no
            other task can be started. - **1**: Running. The annotator or reviewer performs labeling or reviews the task,
            and the owner performs acceptance. For example, new files need to be allocated again if auto labeling files are
            added or synchronized, or unlabeled files are imported. - **2**: Accepting. The owner initiates an acceptance
            task, but the acceptance has not been completed. In this state, a new acceptance task can be started only after
            the current one is completed. - **3**: Accepted. The team labeling task has been completed. - \\**4: Rejected.
            The manager starts the task again. In this state, samples need to be labeled and the task must be reviewed
            again. - **5**: Synchronizing acceptance result. This status is added when an acceptance task changes to be
            asynchronous. In this state, no new acceptance task can be initiated and the current acceptance task cannot be
            continued. In the task name area, the system displays a message indicating that the acceptance result is being
            synchronized. - **6**: Created. The task has been created by the owner but has not been started. Only the owner
            and manager can view the task list. - **7**: Acceptance sampling. This status is added when an acceptance task
            changes to be asynchronous. In this state, no new acceptance task can be initiated and the current acceptance
            task cannot be continued. In the task name area, the system displays a message indicating that acceptance
            sampling is in progress.
        synchronize_auto_labeling_data (bool | Unset): Whether to synchronize the auto labeling result of a team
            labeling task. Options: - **true**: Synchronize the results to be confirmed to team members after auto labeling
            is complete. - **false**: Do not synchronize the auto labeling results. (Default value)
        synchronize_data (bool | Unset): Whether to synchronize the added data of a team labeling task. Options: -
            **true**: Upload files, synchronize data sources, and synchronize imported unlabeled files to team members. -
            **false**: Do not synchronize the added data. (Default value)
        task_id (str | Unset): ID of a labeling task.
        task_name (str | Unset): Name of a labeling task.
        update_time (int | Unset): Time when a labeling task is updated.
        version_id (str | Unset): Version ID of the dataset associated with a labeling task.
        worker_stats (list[WorkerTask] | Unset): Labeling progress statistics on team labeling task members.
        workforce_stats (WorkforceStats | Unset):
        workforces_config (WorkforcesConfig | Unset):
    """

    auto_sync_dataset: bool | Unset = UNSET
    check_rate: float | Unset = UNSET
    checking_task_desc: WorkforceSamplingTaskDesc | Unset = UNSET
    create_time: int | Unset = UNSET
    dataset_id: str | Unset = UNSET
    description: str | Unset = UNSET
    label_stats: list[LabelStats] | Unset = UNSET
    pass_rate: float | Unset = UNSET
    repetition: int | Unset = UNSET
    sample_search_conditions: list[SearchCondition] | Unset = UNSET
    sample_stats: SampleStats | Unset = UNSET
    score: float | Unset = UNSET
    status: DescWorkforceTaskResponseStatus | Unset = UNSET
    synchronize_auto_labeling_data: bool | Unset = UNSET
    synchronize_data: bool | Unset = UNSET
    task_id: str | Unset = UNSET
    task_name: str | Unset = UNSET
    update_time: int | Unset = UNSET
    version_id: str | Unset = UNSET
    worker_stats: list[WorkerTask] | Unset = UNSET
    workforce_stats: WorkforceStats | Unset = UNSET
    workforces_config: WorkforcesConfig | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        auto_sync_dataset = self.auto_sync_dataset

        check_rate = self.check_rate

        checking_task_desc: dict[str, Any] | Unset = UNSET
        if not isinstance(self.checking_task_desc, Unset):
            checking_task_desc = self.checking_task_desc.to_dict()

        create_time = self.create_time

        dataset_id = self.dataset_id

        description = self.description

        label_stats: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.label_stats, Unset):
            label_stats = []
            for label_stats_item_data in self.label_stats:
                label_stats_item = label_stats_item_data.to_dict()
                label_stats.append(label_stats_item)

        pass_rate = self.pass_rate

        repetition = self.repetition

        sample_search_conditions: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.sample_search_conditions, Unset):
            sample_search_conditions = []
            for sample_search_conditions_item_data in self.sample_search_conditions:
                sample_search_conditions_item = sample_search_conditions_item_data.to_dict()
                sample_search_conditions.append(sample_search_conditions_item)

        sample_stats: dict[str, Any] | Unset = UNSET
        if not isinstance(self.sample_stats, Unset):
            sample_stats = self.sample_stats.to_dict()

        score = self.score

        status: int | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        synchronize_auto_labeling_data = self.synchronize_auto_labeling_data

        synchronize_data = self.synchronize_data

        task_id = self.task_id

        task_name = self.task_name

        update_time = self.update_time

        version_id = self.version_id

        worker_stats: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.worker_stats, Unset):
            worker_stats = []
            for worker_stats_item_data in self.worker_stats:
                worker_stats_item = worker_stats_item_data.to_dict()
                worker_stats.append(worker_stats_item)

        workforce_stats: dict[str, Any] | Unset = UNSET
        if not isinstance(self.workforce_stats, Unset):
            workforce_stats = self.workforce_stats.to_dict()

        workforces_config: dict[str, Any] | Unset = UNSET
        if not isinstance(self.workforces_config, Unset):
            workforces_config = self.workforces_config.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if auto_sync_dataset is not UNSET:
            field_dict["auto_sync_dataset"] = auto_sync_dataset
        if check_rate is not UNSET:
            field_dict["check_rate"] = check_rate
        if checking_task_desc is not UNSET:
            field_dict["checking_task_desc"] = checking_task_desc
        if create_time is not UNSET:
            field_dict["create_time"] = create_time
        if dataset_id is not UNSET:
            field_dict["dataset_id"] = dataset_id
        if description is not UNSET:
            field_dict["description"] = description
        if label_stats is not UNSET:
            field_dict["label_stats"] = label_stats
        if pass_rate is not UNSET:
            field_dict["pass_rate"] = pass_rate
        if repetition is not UNSET:
            field_dict["repetition"] = repetition
        if sample_search_conditions is not UNSET:
            field_dict["sample_search_conditions"] = sample_search_conditions
        if sample_stats is not UNSET:
            field_dict["sample_stats"] = sample_stats
        if score is not UNSET:
            field_dict["score"] = score
        if status is not UNSET:
            field_dict["status"] = status
        if synchronize_auto_labeling_data is not UNSET:
            field_dict["synchronize_auto_labeling_data"] = synchronize_auto_labeling_data
        if synchronize_data is not UNSET:
            field_dict["synchronize_data"] = synchronize_data
        if task_id is not UNSET:
            field_dict["task_id"] = task_id
        if task_name is not UNSET:
            field_dict["task_name"] = task_name
        if update_time is not UNSET:
            field_dict["update_time"] = update_time
        if version_id is not UNSET:
            field_dict["version_id"] = version_id
        if worker_stats is not UNSET:
            field_dict["worker_stats"] = worker_stats
        if workforce_stats is not UNSET:
            field_dict["workforce_stats"] = workforce_stats
        if workforces_config is not UNSET:
            field_dict["workforces_config"] = workforces_config

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = {**src_dict}  # a mapping only (dict() would also take a list of pairs), and a little faster
        auto_sync_dataset = d.pop("auto_sync_dataset", UNSET)
        if not isinstance(auto_sync_dataset, (bool, Unset)):
            deviate(src_dict, "auto_sync_dataset", TypeError("expected a boolean"))
            d["auto_sync_dataset"] = auto_sync_dataset
            auto_sync_dataset = UNSET

        check_rate = d.pop("check_rate", UNSET)
        if isinstance(check_rate, bool) or not isinstance(check_rate, (int, float, Unset)):
            deviate(src_dict, "check_rate", TypeError("expected a number"))
            d["check_rate"] = check_rate
            check_rate = UNSET

        _raw_checking_task_desc = d.pop("checking_task_desc", UNSET)
        try:
            _checking_task_desc = _raw_checking_task_desc
            checking_task_desc: WorkforceSamplingTaskDesc | Unset
            if isinstance(_checking_task_desc, Unset):
                checking_task_desc = UNSET
            else:
                checking_task_desc = WorkforceSamplingTaskDesc.from_dict(_checking_task_desc)

        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            deviate(src_dict, "checking_task_desc", exc)
            d["checking_task_desc"] = _raw_checking_task_desc
            checking_task_desc = UNSET

        create_time = d.pop("create_time", UNSET)
        if isinstance(create_time, bool) or not isinstance(create_time, (int, Unset)):
            deviate(src_dict, "create_time", TypeError("expected an integer"))
            d["create_time"] = create_time
            create_time = UNSET

        dataset_id = d.pop("dataset_id", UNSET)
        if not isinstance(dataset_id, (str, Unset)):
            deviate(src_dict, "dataset_id", TypeError("expected a string"))
            d["dataset_id"] = dataset_id
            dataset_id = UNSET

        description = d.pop("description", UNSET)
        if not isinstance(description, (str, Unset)):
            deviate(src_dict, "description", TypeError("expected a string"))
            d["description"] = description
            description = UNSET

        _raw_label_stats = d.pop("label_stats", UNSET)
        try:
            _label_stats = _raw_label_stats
            label_stats: list[LabelStats] | Unset = UNSET
            if _label_stats is not UNSET:
                label_stats = []
                for label_stats_item_data in _label_stats:
                    label_stats_item = LabelStats.from_dict(label_stats_item_data)

                    label_stats.append(label_stats_item)

        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            deviate(src_dict, "label_stats", exc)
            d["label_stats"] = _raw_label_stats
            label_stats = UNSET

        pass_rate = d.pop("pass_rate", UNSET)
        if isinstance(pass_rate, bool) or not isinstance(pass_rate, (int, float, Unset)):
            deviate(src_dict, "pass_rate", TypeError("expected a number"))
            d["pass_rate"] = pass_rate
            pass_rate = UNSET

        repetition = d.pop("repetition", UNSET)
        if isinstance(repetition, bool) or not isinstance(repetition, (int, Unset)):
            deviate(src_dict, "repetition", TypeError("expected an integer"))
            d["repetition"] = repetition
            repetition = UNSET

        _raw_sample_search_conditions = d.pop("sample_search_conditions", UNSET)
        try:
            _sample_search_conditions = _raw_sample_search_conditions
            sample_search_conditions: list[SearchCondition] | Unset = UNSET
            if _sample_search_conditions is not UNSET:
                sample_search_conditions = []
                for sample_search_conditions_item_data in _sample_search_conditions:
                    sample_search_conditions_item = SearchCondition.from_dict(sample_search_conditions_item_data)

                    sample_search_conditions.append(sample_search_conditions_item)

        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            deviate(src_dict, "sample_search_conditions", exc)
            d["sample_search_conditions"] = _raw_sample_search_conditions
            sample_search_conditions = UNSET

        _raw_sample_stats = d.pop("sample_stats", UNSET)
        try:
            _sample_stats = _raw_sample_stats
            sample_stats: SampleStats | Unset
            if isinstance(_sample_stats, Unset):
                sample_stats = UNSET
            else:
                sample_stats = SampleStats.from_dict(_sample_stats)

        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            deviate(src_dict, "sample_stats", exc)
            d["sample_stats"] = _raw_sample_stats
            sample_stats = UNSET

        score = d.pop("score", UNSET)
        if isinstance(score, bool) or not isinstance(score, (int, float, Unset)):
            deviate(src_dict, "score", TypeError("expected a number"))
            d["score"] = score
            score = UNSET

        _raw_status = d.pop("status", UNSET)
        try:
            _status = _raw_status
            status: DescWorkforceTaskResponseStatus | Unset
            if isinstance(_status, Unset):
                status = UNSET
            else:
                status = member_of(DescWorkforceTaskResponseStatus, _status)

        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            deviate(src_dict, "status", exc)
            d["status"] = _raw_status
            status = UNSET

        synchronize_auto_labeling_data = d.pop("synchronize_auto_labeling_data", UNSET)
        if not isinstance(synchronize_auto_labeling_data, (bool, Unset)):
            deviate(src_dict, "synchronize_auto_labeling_data", TypeError("expected a boolean"))
            d["synchronize_auto_labeling_data"] = synchronize_auto_labeling_data
            synchronize_auto_labeling_data = UNSET

        synchronize_data = d.pop("synchronize_data", UNSET)
        if not isinstance(synchronize_data, (bool, Unset)):
            deviate(src_dict, "synchronize_data", TypeError("expected a boolean"))
            d["synchronize_data"] = synchronize_data
            synchronize_data = UNSET

        task_id = d.pop("task_id", UNSET)
        if not isinstance(task_id, (str, Unset)):
            deviate(src_dict, "task_id", TypeError("expected a string"))
            d["task_id"] = task_id
            task_id = UNSET

        task_name = d.pop("task_name", UNSET)
        if not isinstance(task_name, (str, Unset)):
            deviate(src_dict, "task_name", TypeError("expected a string"))
            d["task_name"] = task_name
            task_name = UNSET

        update_time = d.pop("update_time", UNSET)
        if isinstance(update_time, bool) or not isinstance(update_time, (int, Unset)):
            deviate(src_dict, "update_time", TypeError("expected an integer"))
            d["update_time"] = update_time
            update_time = UNSET

        version_id = d.pop("version_id", UNSET)
        if not isinstance(version_id, (str, Unset)):
            deviate(src_dict, "version_id", TypeError("expected a string"))
            d["version_id"] = version_id
            version_id = UNSET

        _raw_worker_stats = d.pop("worker_stats", UNSET)
        try:
            _worker_stats = _raw_worker_stats
            worker_stats: list[WorkerTask] | Unset = UNSET
            if _worker_stats is not UNSET:
                worker_stats = []
                for worker_stats_item_data in _worker_stats:
                    worker_stats_item = WorkerTask.from_dict(worker_stats_item_data)

                    worker_stats.append(worker_stats_item)

        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            deviate(src_dict, "worker_stats", exc)
            d["worker_stats"] = _raw_worker_stats
            worker_stats = UNSET

        _raw_workforce_stats = d.pop("workforce_stats", UNSET)
        try:
            _workforce_stats = _raw_workforce_stats
            workforce_stats: WorkforceStats | Unset
            if isinstance(_workforce_stats, Unset):
                workforce_stats = UNSET
            else:
                workforce_stats = WorkforceStats.from_dict(_workforce_stats)

        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            deviate(src_dict, "workforce_stats", exc)
            d["workforce_stats"] = _raw_workforce_stats
            workforce_stats = UNSET

        _raw_workforces_config = d.pop("workforces_config", UNSET)
        try:
            _workforces_config = _raw_workforces_config
            workforces_config: WorkforcesConfig | Unset
            if isinstance(_workforces_config, Unset):
                workforces_config = UNSET
            else:
                workforces_config = WorkforcesConfig.from_dict(_workforces_config)

        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            deviate(src_dict, "workforces_config", exc)
            d["workforces_config"] = _raw_workforces_config
            workforces_config = UNSET

        desc_workforce_task_response = cls(
            auto_sync_dataset=auto_sync_dataset,
            check_rate=check_rate,
            checking_task_desc=checking_task_desc,
            create_time=create_time,
            dataset_id=dataset_id,
            description=description,
            label_stats=label_stats,
            pass_rate=pass_rate,
            repetition=repetition,
            sample_search_conditions=sample_search_conditions,
            sample_stats=sample_stats,
            score=score,
            status=status,
            synchronize_auto_labeling_data=synchronize_auto_labeling_data,
            synchronize_data=synchronize_data,
            task_id=task_id,
            task_name=task_name,
            update_time=update_time,
            version_id=version_id,
            worker_stats=worker_stats,
            workforce_stats=workforce_stats,
            workforces_config=workforces_config,
        )

        desc_workforce_task_response.additional_properties = d
        return desc_workforce_task_response

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


from ..models.label_stats import LabelStats  # noqa: E402
from ..models.sample_stats import SampleStats  # noqa: E402
from ..models.search_condition import SearchCondition  # noqa: E402
from ..models.worker_task import WorkerTask  # noqa: E402
from ..models.workforce_sampling_task_desc import WorkforceSamplingTaskDesc  # noqa: E402
from ..models.workforce_stats import WorkforceStats  # noqa: E402
from ..models.workforces_config import WorkforcesConfig  # noqa: E402
