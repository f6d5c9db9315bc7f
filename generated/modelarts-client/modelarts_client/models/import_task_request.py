from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from modelarts_core.tolerance import UNREAD, deviate, member_of  # removed by ruff where unused

from ..models.import_task_request_import_origin import ImportTaskRequestImportOrigin
from ..models.import_task_request_import_type import ImportTaskRequestImportType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.data_source import DataSource
    from ..models.label import Label
    from ..models.label_format import LabelFormat


T = TypeVar("T", bound="ImportTaskRequest")


@_attrs_define
class ImportTaskRequest:
    """
    Attributes:
        import_path (str): OBS path or **manifest** path to be imported. - When importing a manifest file, ensure that
            the path is accurate to the manifest file. - When a path is imported as a directory, the dataset type can only
            support image classification, object detection, text classification, or sound classification.
        data_source (DataSource | Unset):
        difficult_only (bool | Unset): Whether to import only hard examples. Options: - **true**: Only difficult samples
            are imported. - **false**: All samples are imported. (Default value)
        excluded_labels (list[Label] | Unset): Do not import samples containing the specified label.
        final_annotation (bool | Unset): Whether to import data to the final state. Options: - **true**: Import data to
            the final state. (Default value) - **false**: Do not import data to the final state.
        import_annotations (bool | Unset): Whether to import labels. Options: - **true**: Import labels. (Default value)
            - **false**: Do not import labels.
        import_folder (str | Unset): Name of the subdirectory in the dataset storage directory after import. You can
            specify the same subdirectory for multiple import tasks to avoid repeated import of the same samples. This field
            is invalid for table datasets.
        import_origin (ImportTaskRequestImportOrigin | Unset): Data source. Options: - **obs**: OBS bucket (default
            value) - **dws**: GaussDB(DWS) - **dli**: DLI - **rds**: RDS - **mrs**: MRS - **inference**: Inference service
        import_samples (bool | Unset): Whether to import samples. Options: - **true**: Import samples. (Default value) -
            **false**: Do not import samples.
        import_type (ImportTaskRequestImportType | Unset): Import mode. Options: - **dir**: Import datasets through an
            OBS path. - **manifest**: Import datasets through a manifest file.
        included_labels (list[Label | str] | Unset): Import samples containing the specified label.
        label_format (LabelFormat | Unset):
        with_column_header (bool | Unset): Whether the first row in the file is a column name. This field is valid for
            the table dataset. Options: - **true**: The first row in the file is the column name. - **false**: The first row
            in the file is not the column name. (Default value)
    """

    import_path: str
    data_source: DataSource | Unset = UNSET
    difficult_only: bool | Unset = UNSET
    excluded_labels: list[Label] | Unset = UNSET
    final_annotation: bool | Unset = UNSET
    import_annotations: bool | Unset = UNSET
    import_folder: str | Unset = UNSET
    import_origin: ImportTaskRequestImportOrigin | Unset = UNSET
    import_samples: bool | Unset = UNSET
    import_type: ImportTaskRequestImportType | Unset = UNSET
    included_labels: list[Label | str] | Unset = UNSET
    label_format: LabelFormat | Unset = UNSET
    with_column_header: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        data_source: dict[str, Any] | Unset = UNSET
        if not isinstance(self.data_source, Unset):
            data_source = self.data_source.to_dict()

        difficult_only = self.difficult_only

        excluded_labels: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.excluded_labels, Unset):
            excluded_labels = []
            for excluded_labels_item_data in self.excluded_labels:
                excluded_labels_item = excluded_labels_item_data.to_dict()
                excluded_labels.append(excluded_labels_item)

        final_annotation = self.final_annotation

        import_annotations = self.import_annotations

        import_folder = self.import_folder

        import_origin: str | Unset = UNSET
        if not isinstance(self.import_origin, Unset):
            import_origin = self.import_origin.value

        import_samples = self.import_samples

        import_type: str | Unset = UNSET
        if not isinstance(self.import_type, Unset):
            import_type = self.import_type.value

        included_labels: list[dict[str, Any] | str] | Unset = UNSET
        if not isinstance(self.included_labels, Unset):
            included_labels = []
            for included_labels_item_data in self.included_labels:
                included_labels_item: dict[str, Any] | str
                if isinstance(included_labels_item_data, Label):
                    included_labels_item = included_labels_item_data.to_dict()
                else:
                    included_labels_item = included_labels_item_data
                included_labels.append(included_labels_item)

        label_format: dict[str, Any] | Unset = UNSET
        if not isinstance(self.label_format, Unset):
            label_format = self.label_format.to_dict()

        with_column_header = self.with_column_header

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.import_path is not UNREAD:
            import_path = self.import_path
            field_dict["import_path"] = import_path
        if data_source is not UNSET:
            field_dict["data_source"] = data_source
        if difficult_only is not UNSET:
            field_dict["difficult_only"] = difficult_only
        if excluded_labels is not UNSET:
            field_dict["excluded_labels"] = excluded_labels
        if final_annotation is not UNSET:
            field_dict["final_annotation"] = final_annotation
        if import_annotations is not UNSET:
            field_dict["import_annotations"] = import_annotations
        if import_folder is not UNSET:
            field_dict["import_folder"] = import_folder
        if import_origin is not UNSET:
            field_dict["import_origin"] = import_origin
        if import_samples is not UNSET:
            field_dict["import_samples"] = import_samples
        if import_type is not UNSET:
            field_dict["import_type"] = import_type
        if included_labels is not UNSET:
            field_dict["included_labels"] = included_labels
        if label_format is not UNSET:
            field_dict["label_format"] = label_format
        if with_column_header is not UNSET:
            field_dict["with_column_header"] = with_column_header

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = {**src_dict}  # a mapping only (dict() would also take a list of pairs), and a little faster
        import_path = d.pop("import_path", UNSET)
        if not isinstance(import_path, (str)):
            deviate(src_dict, "import_path", TypeError("expected a string"))
            if not isinstance(import_path, Unset):
                d["import_path"] = import_path
            import_path = UNREAD

        _raw_data_source = d.pop("data_source", UNSET)
        try:
            _data_source = _raw_data_source
            data_source: DataSource | Unset
            if isinstance(_data_source, Unset):
                data_source = UNSET
            else:
                data_source = DataSource.from_dict(_data_source)

        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            deviate(src_dict, "data_source", exc)
            d["data_source"] = _raw_data_source
            data_source = UNSET

        difficult_only = d.pop("difficult_only", UNSET)
        if not isinstance(difficult_only, (bool, Unset)):
            deviate(src_dict, "difficult_only", TypeError("expected a boolean"))
            d["difficult_only"] = difficult_only
            difficult_only = UNSET

        _raw_excluded_labels = d.pop("excluded_labels", UNSET)
        try:
            _excluded_labels = _raw_excluded_labels
            excluded_labels: list[Label] | Unset = UNSET
            if _excluded_labels is not UNSET:
                excluded_labels = []
                for excluded_labels_item_data in _excluded_labels:
                    excluded_labels_item = Label.from_dict(excluded_labels_item_data)

                    excluded_labels.append(excluded_labels_item)

        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            deviate(src_dict, "excluded_labels", exc)
            d["excluded_labels"] = _raw_excluded_labels
            excluded_labels = UNSET

        final_annotation = d.pop("final_annotation", UNSET)
        if not isinstance(final_annotation, (bool, Unset)):
            deviate(src_dict, "final_annotation", TypeError("expected a boolean"))
            d["final_annotation"] = final_annotation
            final_annotation = UNSET

        import_annotations = d.pop("import_annotations", UNSET)
        if not isinstance(import_annotations, (bool, Unset)):
            deviate(src_dict, "import_annotations", TypeError("expected a boolean"))
            d["import_annotations"] = import_annotations
            import_annotations = UNSET

        import_folder = d.pop("import_folder", UNSET)
        if not isinstance(import_folder, (str, Unset)):
            deviate(src_dict, "import_folder", TypeError("expected a string"))
            d["import_folder"] = import_folder
            import_folder = UNSET

        _raw_import_origin = d.pop("import_origin", UNSET)
        try:
            _import_origin = _raw_import_origin
            import_origin: ImportTaskRequestImportOrigin | Unset
            if isinstance(_import_origin, Unset):
                import_origin = UNSET
            else:
                import_origin = member_of(ImportTaskRequestImportOrigin, _import_origin)

        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            deviate(src_dict, "import_origin", exc)
            d["import_origin"] = _raw_import_origin
            import_origin = UNSET

        import_samples = d.pop("import_samples", UNSET)
        if not isinstance(import_samples, (bool, Unset)):
            deviate(src_dict, "import_samples", TypeError("expected a boolean"))
            d["import_samples"] = import_samples
            import_samples = UNSET

        _raw_import_type = d.pop("import_type", UNSET)
        try:
            _import_type = _raw_import_type
            import_type: ImportTaskRequestImportType | Unset
            if isinstance(_import_type, Unset):
                import_type = UNSET
            else:
                import_type = member_of(ImportTaskRequestImportType, _import_type)

        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            deviate(src_dict, "import_type", exc)
            d["import_type"] = _raw_import_type
            import_type = UNSET

        _raw_included_labels = d.pop("included_labels", UNSET)
        try:
            _included_labels = _raw_included_labels
            included_labels: list[Label | str] | Unset = UNSET
            if _included_labels is not UNSET:
                included_labels = []
                for included_labels_item_data in _included_labels:

                    def _parse_included_labels_item(data: object) -> Label | str:
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            included_labels_item_type_0 = Label.from_dict(data)

                            return included_labels_item_type_0
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        return cast(Label | str, data)

                    included_labels_item = _parse_included_labels_item(included_labels_item_data)

                    included_labels.append(included_labels_item)

        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            deviate(src_dict, "included_labels", exc)
            d["included_labels"] = _raw_included_labels
            included_labels = UNSET

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

        with_column_header = d.pop("with_column_header", UNSET)
        if not isinstance(with_column_header, (bool, Unset)):
            deviate(src_dict, "with_column_header", TypeError("expected a boolean"))
            d["with_column_header"] = with_column_header
            with_column_header = UNSET

        import_task_request = cls(
            import_path=import_path,
            data_source=data_source,
            difficult_only=difficult_only,
            excluded_labels=excluded_labels,
            final_annotation=final_annotation,
            import_annotations=import_annotations,
            import_folder=import_folder,
            import_origin=import_origin,
            import_samples=import_samples,
            import_type=import_type,
            included_labels=included_labels,
            label_format=label_format,
            with_column_header=with_column_header,
        )

        import_task_request.additional_properties = d
        return import_task_request

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
from ..models.label import Label  # noqa: E402
from ..models.label_format import LabelFormat  # noqa: E402
