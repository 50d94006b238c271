"""``python -m summ``."""

from summ.cli import main

main()
