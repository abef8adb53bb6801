"""Package data for polc (shipped inside the wheel)."""
