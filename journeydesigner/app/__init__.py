"""The application: main window, actions, settings and file handling (the composition root)."""
