"""The editing canvas: a QGraphicsScene that projects one map, and the view around it."""
