from enum import StrEnum
from typing import Self


class LabelFormatLabelType(StrEnum):
    LABEL_TYPE_0 = "0"
    ABC_TXT = "abc.txt"
    ABC_RESULT_TXT = "abc_result.txt"
    LABEL_TYPE_1 = "1"
    TEXT_SAMPLE_SEPARATOR = "text_sample_separator"
    TEXT_LABEL_SEPARATOR = "text_label_separator"

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
