"""Query parameters of the API (pydantic models at the edge) and their translation into the
store's `EventQuery`.

Unknown parameters are refused (422), as are impossible dates, `from` after `to`, limits outside
1…1000, malformed bounding boxes and control characters in text. A list filter is given by
repeating the parameter (`type=Battles&type=Protests`): values such as actor names may contain
commas, so commas never split.
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING, Annotated, Literal

from pydantic import BaseModel, BeforeValidator, ConfigDict, Field, StringConstraints, model_validator

from marsad.errors import InputError, StoreError
from marsad.export import FORMATS
from marsad.store import EventQuery, parse_bbox
from marsad.store.queries import MAX_LIMIT

# Text without control characters (tab, newline and carriage return allowed), as a schema pattern.
CLEAN = r"^[^\x00-\x08\x0b\x0c\x0e-\x1f\x7f]*$"
_NUM = r"\s*-?\d{1,3}(\.\d{1,12})?\s*"
BBOX = rf"^{_NUM},{_NUM},{_NUM},{_NUM}$"
Text = Annotated[str, StringConstraints(min_length=1, max_length=300, pattern=CLEAN)]
Modality = Literal["asserted", "claimed", "alleged", "denied", "planned"]
if TYPE_CHECKING:
    ExportFormat = str
else:  # the registered export formats, as the enum of the `format` parameter
    ExportFormat = Literal[FORMATS]
MAX_VALUES = 50


def _iso_date(value: object) -> object:
    """Dates only as YYYY-MM-DD: pydantic would read "0.0" as a Unix timestamp."""
    if isinstance(value, str) and not (len(value) == 10 and value[4] == "-" and value[7] == "-"):
        raise ValueError("a date is written YYYY-MM-DD")
    if isinstance(value, (int, float)):
        raise ValueError("a date is written YYYY-MM-DD")
    return value


IsoDate = Annotated[date, BeforeValidator(_iso_date)]


class EventFilters(BaseModel):
    """The filters shared by /api/events, /api/stats and /api/export."""

    model_config = ConfigDict(extra="forbid", populate_by_name=True)

    date_from: IsoDate | None = Field(None, alias="from", description="first event date, YYYY-MM-DD")
    date_to: IsoDate | None = Field(None, alias="to", description="last event date, YYYY-MM-DD (inclusive)")
    type: list[Text] = Field([], max_length=MAX_VALUES, description="ACLED event type (repeatable)")
    sub_type: list[Text] = Field([], max_length=MAX_VALUES, description="ACLED sub-event type (repeatable)")
    actor: list[Text] = Field([], max_length=MAX_VALUES, description="canonical actor name, any role (repeatable)")
    admin1: list[Text] = Field([], max_length=MAX_VALUES, description="governorate / first-level division (repeatable)")
    country: list[Text] = Field([], max_length=MAX_VALUES, description="country name (repeatable)")
    bbox: str | None = Field(None, max_length=200, pattern=BBOX, description="west,south,east,north in degrees",
                             examples=["35.5,32.0,42.5,37.5"])
    modality: list[Modality] = Field([], max_length=5, description="asserted, claimed, alleged, denied, planned")
    q: str | None = Field(None, max_length=200, pattern=CLEAN,
                          description="words that the source article must contain")
    view: Literal["clusters", "reports"] = Field(
        "clusters", description="clusters: one row per deduplicated incident; reports: one row per report")
    background: bool = Field(False, description="also the records of earlier incidents told as context "
                                                "(background) and summaries of several incidents (aggregate)")
    review: Literal["default", "all", "unreviewed", "accepted", "corrected", "rejected"] = Field(
        "default", description="default: every record but the rejected ones; all; or only the records of one "
                               "review status")

    @model_validator(mode="after")
    def _check(self) -> EventFilters:
        if self.date_from and self.date_to and self.date_from > self.date_to:
            raise ValueError("'from' is after 'to'")
        if self.bbox is not None:
            try:
                self.to_query(limit=None)
            except (StoreError, InputError) as e:
                raise ValueError(str(e)) from e
        return self

    def to_query(self, *, sort: str = "-date", limit: int | None = 100, cursor: str | None = None) -> EventQuery:
        """The store query for these filters (StoreError when the store refuses a value)."""
        return EventQuery(
            date_from=self.date_from, date_to=self.date_to, types=tuple(self.type),
            sub_types=tuple(self.sub_type), actors=tuple(self.actor), admin1=tuple(self.admin1),
            country=tuple(self.country), bbox=parse_bbox(self.bbox) if self.bbox else None,
            modality=tuple(self.modality), q=self.q or None, sort=sort, limit=limit, cursor=cursor,
            view=self.view, include_background=self.background, review=self.review)


class EventListParams(EventFilters):
    sort: Literal["-date", "date", "-fatalities", "fatalities", "review"] = Field(
        "-date", description="order: date or fatalities, '-' for descending; review: to review "
                             "(unreviewed first, newest first)")
    limit: int = Field(100, ge=1, le=MAX_LIMIT, description=f"items per page (1…{MAX_LIMIT})")
    cursor: str | None = Field(None, max_length=400, pattern=r"^[A-Za-z0-9_-]+$",
                               description="next_cursor of the previous page")


class ExportParams(EventFilters):
    format: ExportFormat = Field("acled-csv", description=", ".join(FORMATS))
    raw: bool = Field(False, description="acled-csv for machine readers: cells that start like a spreadsheet "
                                         "formula (=, +, -, @) are left as they are, not quoted")


IdPath = Annotated[str, StringConstraints(min_length=2, max_length=64, pattern=r"^[A-Za-z0-9_-]+$")]
