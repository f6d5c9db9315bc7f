from enum import StrEnum


class PoolMetaAnnotationsOsModelartsperiodType(StrEnum):
    VALUE_0 = "2"
    VALUE_1 = "3"
    VALUE_2 = "4"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "PoolMetaAnnotationsOsModelartsperiodType | None":
        # A value this client does not know yet: keep it as a pseudo-member rather than fail the call.
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = value
        member._value_ = value
        return member
