"""Every register's import template, generated from its spec: the first header of each column,
an explanation derived from its parser (and the spec's own ``help``), the accepted labels of
list columns and a sample row that the register's own import accepts."""

import datetime

from danvan.core.dates import format_date
from danvan.core.import_templates import TemplateColumn
from danvan.registers import columns as c
from danvan.registers.columns import Column, RegisterSpec
from danvan.registers.custom import columns_for

SAMPLE_DAY = datetime.date(2026, 1, 5)
KEY_SAMPLE = "MAU-0001"
UNIT_HELP = "Mã đơn vị trong hệ thống (xem trang Đơn vị), đơn vị bạn được ghi sổ"
KEY_HELP = "Mã định danh bản ghi, không trùng; nhập lại cùng mã thì bản ghi đó được cập nhật"
DATE_HELP = "Ngày, dạng dd/mm/yyyy"
BOOL_HELP = "Có hoặc không (cũng nhận x, 1, 0); để trống là không"
COUNT_HELP = "Số nguyên không âm; để trống là 0"
TEXT_HELP = "Chữ, tối đa {max_length} ký tự"
CHOICE_HELP = "Chọn một giá trị trong danh sách"
CHOICE_BLANK_HELP = "Chọn một giá trị trong danh sách, hoặc để trống"
CHOICE_DEFAULT_HELP = "Chọn một giá trị trong danh sách; để trống là «{label}»"
TEMPLATE_NOTE = "Tệp mẫu nhập «{label}». Các cột tô vàng là bắt buộc."


def _explanation(spec: RegisterSpec, column: Column) -> str:
    parse = column.parse
    if column.name == spec.key:
        base = KEY_HELP
    elif column.field == "unit":
        base = UNIT_HELP
    elif isinstance(parse, c.Choice):
        if parse.default:
            base = CHOICE_DEFAULT_HELP.format(label=parse.label(parse.default))
        else:
            base = CHOICE_BLANK_HELP if parse.blank else CHOICE_HELP
    elif parse is c.date:
        base = DATE_HELP
    elif parse is c.boolean:
        base = BOOL_HELP
    elif parse is c.count:
        base = COUNT_HELP
    elif hasattr(parse, "max_length"):
        base = TEXT_HELP.format(max_length=parse.max_length)
    else:
        base = ""
    return ". ".join(part for part in (column.help, base) if part)


def _sample(spec: RegisterSpec, column: Column, unit_code: str) -> str:
    if column.sample is not None:
        return column.sample
    parse = column.parse
    if column.name == spec.key:
        return KEY_SAMPLE
    if column.field == "unit":
        return unit_code
    if isinstance(parse, c.Choice):
        return parse.choices[0][1] if _required(spec, column) else ""
    if parse is c.date:
        return format_date(SAMPLE_DAY) if column.required else ""
    if parse is c.boolean:
        return "không"
    if parse is c.count:
        return "1"
    return ""


def _required(spec: RegisterSpec, column: Column) -> bool:
    """Required in the file, or a list value that cannot be left empty."""
    if column.required or column.name == spec.key:
        return True
    parse = column.parse
    return isinstance(parse, c.Choice) and not parse.blank and parse.default is None


def register_template_columns(spec: RegisterSpec, *, unit_code: str) -> list[TemplateColumn]:
    return [
        TemplateColumn(
            header=column.header,
            explanation=_explanation(spec, column),
            required=_required(spec, column),
            choices=tuple(label for _, label in column.parse.choices)
            if isinstance(column.parse, c.Choice)
            else (),
            sample=_sample(spec, column, unit_code),
        )
        for column in columns_for(spec)
    ]


def register_template_note(spec: RegisterSpec) -> str:
    return TEMPLATE_NOTE.format(label=spec.label)
