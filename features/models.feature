# The models and their samplers.
include core
wick.model.ebm.jar
wick.sampler.gaussian.jar
