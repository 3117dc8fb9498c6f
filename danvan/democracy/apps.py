from django.apps import AppConfig


class DemocracyConfig(AppConfig):
    """Grassroots democracy in agencies (Luật Thực hiện dân chủ ở cơ sở 2022, Nghị định
    59/2023/NĐ-CP): the catalogue of obligations, their yearly instances per unit (a kind of the
    deadline engine), publicity to staff, the staff conference's resolution, the steering board
    and the people's inspection board."""

    name = "danvan.democracy"
    label = "democracy"
    verbose_name = "Thực hiện dân chủ ở cơ sở"
