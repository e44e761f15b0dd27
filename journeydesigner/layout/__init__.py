"""Qt-free geometry shared by the canvas, presentation mode and the exporters."""
