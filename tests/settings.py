"""The test run's settings: DanVan's own, plus the throw-away plug-in register that proves a new
register is one app only (tests/plugin_register) and the throw-away kind of due thing that tests
the deadline engine without any domain app (tests/plugin_deadline). ``make run`` never loads
this module."""

from danvan.settings import *  # noqa: F403
from danvan.settings import INSTALLED_APPS

INSTALLED_APPS = [*INSTALLED_APPS, "tests.plugin_register", "tests.plugin_deadline"]

# The task queue runs each job at once, in the test's own process and transaction (the
# real-worker tests of tests/jobs start `danvan qcluster` with their own settings).
import os  # noqa: E402

Q_CLUSTER = {**Q_CLUSTER, "sync": os.environ.get("DANVAN_TASKS_SYNC", "1") == "1"}  # noqa: F405
