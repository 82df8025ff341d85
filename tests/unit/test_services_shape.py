"""One calling shape: `Services` holds typed services, each built from explicit collaborators (never the bundle)."""

import dataclasses
import inspect
import typing

from db.services import Services


def test_every_service_on_services_is_typed_and_takes_explicit_collaborators():
    hints = typing.get_type_hints(Services)
    assert object not in hints.values()
    for field in dataclasses.fields(Services):
        kind = hints[field.name]
        if not inspect.isclass(kind) or not kind.__module__.startswith("db."):
            continue  # plain values: the device id, the clock
        parameters = inspect.signature(kind.__init__).parameters
        assert "services" not in parameters, f"{kind.__name__} takes the whole bundle"
