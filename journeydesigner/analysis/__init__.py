"""Figures computed from a map (Qt-free): the journey scorecard."""
