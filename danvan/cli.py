"""The ``danvan`` console command: Django's management commands with DanVan's settings.

``danvan migrate``, ``danvan runserver``, ``danvan orgunits import FILE`` … all run here.
"""

import os
import sys


def main(argv: list[str] | None = None) -> None:
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "danvan.settings")
    # Imported only once the settings module is chosen (the line above).
    from django.core.management import execute_from_command_line

    from danvan.audit.context import cli_actor  # after the settings, as above

    argv = list(sys.argv if argv is None else argv)
    argv[0] = "danvan"
    # Changes made from the command line are audited as the operating-system user who ran them.
    with cli_actor():
        execute_from_command_line(argv)


if __name__ == "__main__":
    main()
