"""One small wrapper per external program; each owns its calls, versions and errors."""
