"""Reference data files (phrase lists, Member States, Council membership), loaded once."""
