"""dlviz — watch and touch real deep networks."""

__version__ = "0.1.0"
