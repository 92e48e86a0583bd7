"""Outlets: who published a text (`outlet`) and whose copy it is (`wire`), from the registry in
data/lexicons/outlets.csv and the constructions that name them on a page."""

from .credits import closing_credit, credit_display_name, credited_source, slashed_credit, wire_credit
from .page import (
    byline_outlet,
    chrome_outlet,
    contact_outlet,
    copyright_holder,
    correspondent_outlet,
    page_outlet,
    promoted_outlet,
    self_reference,
    title_site_name,
)
from .registry import UNKNOWN_OUTLET, Outlet, OutletRegistry, host_of, name_key, outlet_registry

__all__ = [
    "UNKNOWN_OUTLET",
    "Outlet",
    "OutletRegistry",
    "byline_outlet",
    "chrome_outlet",
    "closing_credit",
    "contact_outlet",
    "copyright_holder",
    "correspondent_outlet",
    "credit_display_name",
    "credited_source",
    "host_of",
    "name_key",
    "outlet_registry",
    "page_outlet",
    "promoted_outlet",
    "self_reference",
    "slashed_credit",
    "title_site_name",
    "wire_credit",
]
