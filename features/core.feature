# The core: OSGi services (DS, ConfigAdmin, Metatype, log, FileInstall, Gogo), the numerics
# libraries, and Wick's API, lattice numerics, statistics, engine and command line.
org.osgi.util.function.jar
org.osgi.util.promise.jar
org.osgi.service.component.jar
org.apache.felix.scr.jar
org.apache.felix.log.jar
org.apache.felix.configadmin.jar
org.apache.felix.metatype.jar
org.apache.felix.fileinstall.jar
org.apache.felix.gogo.runtime.jar
org.apache.felix.gogo.command.jar
gson.jar
commons-math3.jar
wick.lib.jlargearrays.jar
wick.lib.jtransforms.jar
wick.lib.ejml.jar
wick.api.jar
wick.stats.jar
wick.lattice.jar
wick.engine.jar
wick.cli.jar
