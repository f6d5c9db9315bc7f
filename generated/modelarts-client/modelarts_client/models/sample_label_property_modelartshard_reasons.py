from enum import StrEnum
from typing import Self


class SampleLabelPropertyModelartshardReasons(StrEnum):
    HARD_REASONS_0 = "0"
    HARD_REASONS_1 = "1"
    HARD_REASONS_2 = "2"
    HARD_REASONS_3 = "3"
    HARD_REASONS_4 = "4"
    HARD_REASONS_5 = "5"
    HARD_REASONS_6 = "6"
    HARD_REASONS_7 = "7"
    HARD_REASONS_8 = "8"
    HARD_REASONS_9 = "9"
    HARD_REASONS_10 = "10"
    HARD_REASONS_11 = "11"
    HARD_REASONS_12 = "12"
    HARD_REASONS_13 = "13"
    HARD_REASONS_14 = "14"
    HARD_REASONS_15 = "15"
    HARD_REASONS_16 = "16"
    HARD_REASONS_17 = "17"
    HARD_REASONS_18 = "18"
    HARD_REASONS_19 = "19"
    HARD_REASONS_20 = "20"
    HARD_REASONS_21 = "21"
    HARD_REASONS_22 = "22"
    HARD_REASONS_23 = "23"
    HARD_REASONS_24 = "24"
    HARD_REASONS_25 = "25"
    HARD_REASONS_26 = "26"
    HARD_REASONS_27 = "27"
    HARD_REASONS_28 = "28"
    HARD_REASONS_29 = "29"
    HARD_REASONS_30 = "30"

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
