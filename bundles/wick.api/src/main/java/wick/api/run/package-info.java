/** The workbench service: tasks and samplers installed, runs started, resumed, swapped and cancelled. */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.2.0")
package wick.api.run;
