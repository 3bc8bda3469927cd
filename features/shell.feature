# The interactive Gogo shell (added by `wick shell`).
jline.jar
org.apache.felix.gogo.jline.jar
