"""Shared machinery of the registers (sổ theo dõi): column specs, parsing of what users type,
whole-file validated imports with bulk writes, exports. Each register is its own app and
declares a :class:`~danvan.registers.columns.RegisterSpec`."""
