# An uncaught group with more than 15 sub-exceptions.
raise ExceptionGroup("many", [ValueError(i) for i in range(17)])
