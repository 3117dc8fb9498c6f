"""A register that is one app only: added to INSTALLED_APPS by tests/settings.py (the test run),
never by danvan.settings. Nothing outside this folder names it."""
