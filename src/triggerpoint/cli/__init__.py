"""The command-line interface: parses input, calls the core, renders with Rich."""
