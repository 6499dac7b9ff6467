# A message that is the empty string prints the class name followed by nothing.
raise RuntimeError("")
