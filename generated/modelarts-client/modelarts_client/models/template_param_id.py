from enum import StrEnum
from typing import Self


class TemplateParamId(StrEnum):
    SYS_DATA_ANALYSE = "sys_data_analyse"
    SYS_DATA_CLEANING = "sys_data_cleaning"
    SYS_DATA_AUGMENTATION = "sys_data_augmentation"
    SYS_DATA_VALIDATION = "sys_data_validation"
    SYS_DATA_SELECTION = "sys_data_selection"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> Self | None:
        # A value this client does not know yet: keep it as a pseudo-member rather than fail the call.
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = value
        member._value_ = value
        return member
