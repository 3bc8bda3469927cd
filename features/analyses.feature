# Analyses: correlator fits, lines of constant physics, critical points.
include models
wick.analysis.correlator.jar
wick.analysis.critical.jar
