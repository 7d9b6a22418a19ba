"""Renderers: each turns the report dict (``Report.to_dict``) into output."""
