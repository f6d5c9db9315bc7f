from enum import StrEnum
from typing import Self


class JobAlgorithmResponseId(StrEnum):
    ID = "id"
    ID_3_F_5_D_6706_7_B_67_408_D_8_BA_0_EC_08048_C_45_ED = "3f5d6706-7b67-408d-8ba0-ec08048c45ed"

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
