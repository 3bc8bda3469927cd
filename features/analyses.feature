# Analyses: correlator fits, lines of constant physics, critical points, heat kernel and Seeley–DeWitt.
include models
wick.analysis.correlator.jar
wick.analysis.critical.jar
wick.analysis.heatkernel.jar
wick.analysis.seeleydewitt.jar
