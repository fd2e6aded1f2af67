"""The content store: regions, channels, routes, sites and topic guidance in one database."""
