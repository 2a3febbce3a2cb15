"""Numerical core of dlviz: numpy + torch only. Never imports Qt."""
