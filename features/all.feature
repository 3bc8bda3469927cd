# Everything Wick ships.
include models
