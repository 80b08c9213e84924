"""``python -m triggerpoint`` runs the command-line interface."""

from triggerpoint.cli.app import main

main()
