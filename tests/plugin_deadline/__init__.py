"""A kind of due thing that is one app only (added to INSTALLED_APPS by tests/settings.py, never
by danvan.settings): the engine's services, panel, reminders, digest and home-page lines are
tested on it without any domain app."""
