# Everything Wick ships.
include models
# JFreeChart for plots (the workbench window arrives with its own bundle)
wick.lib.jfreechart.jar
