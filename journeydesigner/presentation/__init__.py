"""Presentation (projection) mode: its state and camera, Qt-free so they test without a display."""
