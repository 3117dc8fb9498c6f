"""The test run's settings: DanVan's own, plus the throw-away plug-in register that proves a new
register is one app only (tests/plugin_register). ``make run`` never loads this module."""

from danvan.settings import *  # noqa: F403
from danvan.settings import INSTALLED_APPS

INSTALLED_APPS = [*INSTALLED_APPS, "tests.plugin_register"]
