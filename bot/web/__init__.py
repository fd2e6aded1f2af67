"""The portal: widget assets, demo page, site config, chat relay, health (and, later, the console)."""
