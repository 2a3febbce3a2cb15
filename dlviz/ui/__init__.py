"""Qt user interface of dlviz."""

import pyqtgraph as pg

# Images are row-major numpy arrays everywhere in the app.
pg.setConfigOptions(imageAxisOrder="row-major", antialias=True)
