"""The pure core of whosaid: model, extraction, storage and export. Never imports Textual."""
