print("importing a module with a syntax error")
import _syntax_broken
