"""Other formats people bring maps in and take them out in: CSV grids and Mermaid journeys."""
