"""Qt user interface of dlviz."""
