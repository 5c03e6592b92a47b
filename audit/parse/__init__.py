"""Exports (.txt/.zip) -> the messages frame. Imports only audit.core."""
