from enum import StrEnum
from typing import Self


class ResultDatasetType(StrEnum):
    DATASET_TYPE_0 = "0"
    DATASET_TYPE_1 = "1"
    DATASET_TYPE_3 = "3"
    DATASET_TYPE_100 = "100"
    DATASET_TYPE_101 = "101"
    DATASET_TYPE_102 = "102"
    DATASET_TYPE_200 = "200"
    DATASET_TYPE_201 = "201"
    DATASET_TYPE_202 = "202"
    DATASET_TYPE_400 = "400"
    DATASET_TYPE_600 = "600"
    DATASET_TYPE_900 = "900"

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
