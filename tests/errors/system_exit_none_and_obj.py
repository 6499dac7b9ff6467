# SystemExit with a non-int, non-None argument prints it (str()) to stderr, status 1.
raise SystemExit(["not", "an", "int"])
