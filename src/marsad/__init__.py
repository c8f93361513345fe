"""marsad: Arabic news to a geolocated, deduplicated database of conflict events."""

__version__ = "0.1.0"
