"""The API's shared schemas live in danvan.core.api (below the apps that declare endpoints);
re-exported here for the assembly (danvan.api.views)."""

from danvan.core.api import ErrorOut

__all__ = ["ErrorOut"]
