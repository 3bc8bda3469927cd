# The workbench window: Swing + JFreeChart (plots, PNG and SVG export).
wick.lib.jfreechart.jar
wick.lib.jfreesvg.jar
wick.ui.jar
