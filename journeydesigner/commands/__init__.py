"""Undoable edits: one QUndoCommand per user action, each calling JourneyDocument only."""
