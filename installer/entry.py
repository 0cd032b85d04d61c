"""PyInstaller entry point: the same `accesspoint` command as the installed package."""

import sys

from ui.launch import main

if __name__ == "__main__":
    sys.exit(main())
