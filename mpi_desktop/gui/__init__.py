"""PySide6 widgets, table models, dialogs and workers: the only package that imports Qt."""
