"""Reading profiles: which vocabulary terms a Japanese or English text states."""
