"""DanVan: registers, reports and checks for the work of Vietnamese agencies with citizens."""
