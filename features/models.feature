# The models and their samplers.
include core
wick.model.ebm.jar
wick.sampler.gaussian.jar
wick.sampler.local.jar
wick.sampler.hmc.jar
wick.sampler.cluster.jar
wick.model.gravity.jar
wick.model.fock.jar
