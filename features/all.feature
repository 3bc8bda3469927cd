# Everything Wick ships.
include models
include analyses
include ui
