"""Panels around the canvas and their building blocks: inspector, palette, swatches, tags."""
