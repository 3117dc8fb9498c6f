from django.apps import AppConfig


class WorklistConfig(AppConfig):
    """The home page's "Việc cần làm": one list of due things that the domain apps feed.

    This app knows no domain app. Each app registers its providers from its own
    ``AppConfig.ready()`` with :func:`danvan.worklist.registry.worklist_register`.
    """

    name = "danvan.worklist"
    label = "worklist"
    verbose_name = "Việc cần làm"
