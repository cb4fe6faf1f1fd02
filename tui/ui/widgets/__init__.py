"""The reader's widgets: the article view, the side panes, the title bar and the legend."""
