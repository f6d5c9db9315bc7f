from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from modelarts_core.tolerance import UNREAD, deviate, member_of  # removed by ruff where unused

from ..models.create_dataset_request_data_format import CreateDatasetRequestDataFormat
from ..models.create_dataset_request_dataset_type import CreateDatasetRequestDatasetType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.data_source import DataSource
    from ..models.field import Field
    from ..models.label import Label
    from ..models.label_format import LabelFormat
    from ..models.workforce_information import WorkforceInformation


T = TypeVar("T", bound="CreateDatasetRequest")


@_attrs_define
class CreateDatasetRequest:
    """
    Attributes:
        data_sources (list[DataSource]): Input dataset path, which is used to synchronize source data (such as images,
            text files, and audio files) in the directory and its subdirectories to the dataset. For a table dataset, this
            parameter indicates the import directory. The work directory of a table dataset cannot be an OBS path in a KMS-
            encrypted bucket. Only one data source can be imported at a time.
        dataset_name (str): Dataset name. The value contains 1 to 100 characters. Only letters, digits, underscores (_),
            and hyphens (-) are allowed, for example, dataset-9f3b.
        work_path (str): Output dataset path, which is used to store output files such as label files. - The format is
            /*Bucket name*/*File path*, for example, /**obs-bucket**/**flower**/**rose**/. (The directory is used as the
            path.) - A bucket cannot be directly used as a path. - The output dataset path is different from the input
            dataset path or its subdirectory. - The value contains 3 to 700 characters.
        work_path_type (int): Type of the dataset output path. The default value is 0, indicating an OBS bucket.
        data_format (CreateDatasetRequestDataFormat | Unset): Data format. Options: - **Default**: default format -
            **CarbonData**: CarbonData (supported only by table datasets)
        dataset_type (CreateDatasetRequestDatasetType | Unset): Dataset type. Options: - **0**: image classification -
            **1**: object detection - **3**: image segmentation - **100**: text classification - **101**: named entity
            recognition - **102**: text triplet - **200**: sound classification - **201**: speech content - **202**: speech
            paragraph labeling - **400**: table dataset - **600**: video labeling - **900**: custom format
        description (str | Unset): Dataset description. The value is empty by default. The description contains 0 to 256
            characters and does not support the following special characters: ``^!<>=&"'``
        import_annotations (bool | Unset): Indicates whether to automatically import the labeling information in the
            input directory. Object detection, image classification, and text classification are supported. The options are
            as follows: - true: Import the annotation information in the input directory (default value). - false: The
            annotation information in the input directory is not imported.
        import_data (bool | Unset): Whether to import data. This parameter is used only for table datasets. Options: -
            **true**: Import data when creating a database. - **false**: Do not import data when creating a database.
            (Default value)
        label_format (LabelFormat | Unset):
        labels (list[Label] | Unset): Dataset label list.
        managed (bool | Unset): Whether to host a dataset. Options: - **true**: Host a dataset. - **false**: Do not host
            a dataset. (Default value)
        schema (list[Field] | Unset): Schema list.
        workforce_information (WorkforceInformation | Unset):
        workspace_id (str | Unset): Workspace ID. If no workspace is created, the default value is **0**. If a workspace
            is created and used, use the actual value. Default: '0'.
    """

    data_sources: list[DataSource]
    dataset_name: str
    work_path: str
    work_path_type: int
    data_format: CreateDatasetRequestDataFormat | Unset = UNSET
    dataset_type: CreateDatasetRequestDatasetType | Unset = UNSET
    description: str | Unset = UNSET
    import_annotations: bool | Unset = UNSET
    import_data: bool | Unset = UNSET
    label_format: LabelFormat | Unset = UNSET
    labels: list[Label] | Unset = UNSET
    managed: bool | Unset = UNSET
    schema: list[Field] | Unset = UNSET
    workforce_information: WorkforceInformation | Unset = UNSET
    workspace_id: str | Unset = "0"
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        data_format: str | Unset = UNSET
        if not isinstance(self.data_format, Unset):
            data_format = self.data_format.value

        dataset_type: int | Unset = UNSET
        if not isinstance(self.dataset_type, Unset):
            dataset_type = self.dataset_type.value

        description = self.description

        import_annotations = self.import_annotations

        import_data = self.import_data

        label_format: dict[str, Any] | Unset = UNSET
        if not isinstance(self.label_format, Unset):
            label_format = self.label_format.to_dict()

        labels: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.labels, Unset):
            labels = []
            for labels_item_data in self.labels:
                labels_item = labels_item_data.to_dict()
                labels.append(labels_item)

        managed = self.managed

        schema: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.schema, Unset):
            schema = []
            for schema_item_data in self.schema:
                schema_item = schema_item_data.to_dict()
                schema.append(schema_item)

        workforce_information: dict[str, Any] | Unset = UNSET
        if not isinstance(self.workforce_information, Unset):
            workforce_information = self.workforce_information.to_dict()

        workspace_id = self.workspace_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.data_sources is not UNREAD:
            data_sources = []
            for data_sources_item_data in self.data_sources:
                data_sources_item = data_sources_item_data.to_dict()
                data_sources.append(data_sources_item)

            field_dict["data_sources"] = data_sources
        if self.dataset_name is not UNREAD:
            dataset_name = self.dataset_name
            field_dict["dataset_name"] = dataset_name
        if self.work_path is not UNREAD:
            work_path = self.work_path
            field_dict["work_path"] = work_path
        if self.work_path_type is not UNREAD:
            work_path_type = self.work_path_type
            field_dict["work_path_type"] = work_path_type
        if data_format is not UNSET:
            field_dict["data_format"] = data_format
        if dataset_type is not UNSET:
            field_dict["dataset_type"] = dataset_type
        if description is not UNSET:
            field_dict["description"] = description
        if import_annotations is not UNSET:
            field_dict["import_annotations"] = import_annotations
        if import_data is not UNSET:
            field_dict["import_data"] = import_data
        if label_format is not UNSET:
            field_dict["label_format"] = label_format
        if labels is not UNSET:
            field_dict["labels"] = labels
        if managed is not UNSET:
            field_dict["managed"] = managed
        if schema is not UNSET:
            field_dict["schema"] = schema
        if workforce_information is not UNSET:
            field_dict["workforce_information"] = workforce_information
        if workspace_id is not UNSET:
            field_dict["workspace_id"] = workspace_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = {**src_dict}  # a mapping only (dict() would also take a list of pairs), and a little faster
        _raw_data_sources = d.pop("data_sources", UNSET)
        try:
            if isinstance(_raw_data_sources, Unset):
                raise KeyError("data_sources")
            data_sources = []
            _data_sources = _raw_data_sources
            for data_sources_item_data in _data_sources:
                data_sources_item = DataSource.from_dict(data_sources_item_data)

                data_sources.append(data_sources_item)

        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            deviate(src_dict, "data_sources", exc)
            if not isinstance(_raw_data_sources, Unset):
                d["data_sources"] = _raw_data_sources
            data_sources = UNREAD

        dataset_name = d.pop("dataset_name", UNSET)
        if not isinstance(dataset_name, (str)):
            deviate(src_dict, "dataset_name", TypeError("expected a string"))
            if not isinstance(dataset_name, Unset):
                d["dataset_name"] = dataset_name
            dataset_name = UNREAD

        work_path = d.pop("work_path", UNSET)
        if not isinstance(work_path, (str)):
            deviate(src_dict, "work_path", TypeError("expected a string"))
            if not isinstance(work_path, Unset):
                d["work_path"] = work_path
            work_path = UNREAD

        work_path_type = d.pop("work_path_type", UNSET)
        if isinstance(work_path_type, bool) or not isinstance(work_path_type, (int)):
            deviate(src_dict, "work_path_type", TypeError("expected an integer"))
            if not isinstance(work_path_type, Unset):
                d["work_path_type"] = work_path_type
            work_path_type = UNREAD

        _raw_data_format = d.pop("data_format", UNSET)
        try:
            _data_format = _raw_data_format
            data_format: CreateDatasetRequestDataFormat | Unset
            if isinstance(_data_format, Unset):
                data_format = UNSET
            else:
                data_format = member_of(CreateDatasetRequestDataFormat, _data_format)

        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            deviate(src_dict, "data_format", exc)
            d["data_format"] = _raw_data_format
            data_format = UNSET

        _raw_dataset_type = d.pop("dataset_type", UNSET)
        try:
            _dataset_type = _raw_dataset_type
            dataset_type: CreateDatasetRequestDatasetType | Unset
            if isinstance(_dataset_type, Unset):
                dataset_type = UNSET
            else:
                dataset_type = member_of(CreateDatasetRequestDatasetType, _dataset_type)

        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            deviate(src_dict, "dataset_type", exc)
            d["dataset_type"] = _raw_dataset_type
            dataset_type = UNSET

        description = d.pop("description", UNSET)
        if not isinstance(description, (str, Unset)):
            deviate(src_dict, "description", TypeError("expected a string"))
            d["description"] = description
            description = UNSET

        import_annotations = d.pop("import_annotations", UNSET)
        if not isinstance(import_annotations, (bool, Unset)):
            deviate(src_dict, "import_annotations", TypeError("expected a boolean"))
            d["import_annotations"] = import_annotations
            import_annotations = UNSET

        import_data = d.pop("import_data", UNSET)
        if not isinstance(import_data, (bool, Unset)):
            deviate(src_dict, "import_data", TypeError("expected a boolean"))
            d["import_data"] = import_data
            import_data = UNSET

        _raw_label_format = d.pop("label_format", UNSET)
        try:
            _label_format = _raw_label_format
            label_format: LabelFormat | Unset
            if isinstance(_label_format, Unset):
                label_format = UNSET
            else:
                label_format = LabelFormat.from_dict(_label_format)

        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            deviate(src_dict, "label_format", exc)
            d["label_format"] = _raw_label_format
            label_format = UNSET

        _raw_labels = d.pop("labels", UNSET)
        try:
            _labels = _raw_labels
            labels: list[Label] | Unset = UNSET
            if _labels is not UNSET:
                labels = []
                for labels_item_data in _labels:
                    labels_item = Label.from_dict(labels_item_data)

                    labels.append(labels_item)

        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            deviate(src_dict, "labels", exc)
            d["labels"] = _raw_labels
            labels = UNSET

        managed = d.pop("managed", UNSET)
        if not isinstance(managed, (bool, Unset)):
            deviate(src_dict, "managed", TypeError("expected a boolean"))
            d["managed"] = managed
            managed = UNSET

        _raw_schema = d.pop("schema", UNSET)
        try:
            _schema = _raw_schema
            schema: list[Field] | Unset = UNSET
            if _schema is not UNSET:
                schema = []
                for schema_item_data in _schema:
                    schema_item = Field.from_dict(schema_item_data)

                    schema.append(schema_item)

        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            deviate(src_dict, "schema", exc)
            d["schema"] = _raw_schema
            schema = UNSET

        _raw_workforce_information = d.pop("workforce_information", UNSET)
        try:
            _workforce_information = _raw_workforce_information
            workforce_information: WorkforceInformation | Unset
            if isinstance(_workforce_information, Unset):
                workforce_information = UNSET
            else:
                workforce_information = WorkforceInformation.from_dict(_workforce_information)

        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            deviate(src_dict, "workforce_information", exc)
            d["workforce_information"] = _raw_workforce_information
            workforce_information = UNSET

        workspace_id = d.pop("workspace_id", UNSET)
        if not isinstance(workspace_id, (str, Unset)):
            deviate(src_dict, "workspace_id", TypeError("expected a string"))
            d["workspace_id"] = workspace_id
            workspace_id = UNSET

        create_dataset_request = cls(
            data_sources=data_sources,
            dataset_name=dataset_name,
            work_path=work_path,
            work_path_type=work_path_type,
            data_format=data_format,
            dataset_type=dataset_type,
            description=description,
            import_annotations=import_annotations,
            import_data=import_data,
            label_format=label_format,
            labels=labels,
            managed=managed,
            schema=schema,
            workforce_information=workforce_information,
            workspace_id=workspace_id,
        )

        create_dataset_request.additional_properties = d
        return create_dataset_request

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


from ..models.data_source import DataSource  # noqa: E402
from ..models.field import Field  # noqa: E402
from ..models.label import Label  # noqa: E402
from ..models.label_format import LabelFormat  # noqa: E402
from ..models.workforce_information import WorkforceInformation  # noqa: E402
