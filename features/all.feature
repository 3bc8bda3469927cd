# Everything Wick ships.
include models
include ui
