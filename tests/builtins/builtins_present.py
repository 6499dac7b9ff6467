import builtins
names = ["print", "len", "repr", "str", "int", "float", "abs", "divmod", "pow", "round", "min", "max", "sum", "sorted",
         "reversed", "enumerate", "zip", "map", "filter", "iter", "next", "range", "any", "all", "hash", "id", "isinstance",
         "issubclass", "getattr", "setattr", "hasattr", "delattr", "callable", "chr", "ord", "hex", "oct", "bin", "format",
         "open", "input", "dir", "vars", "globals", "locals", "super", "property", "staticmethod", "classmethod", "exec",
         "eval", "compile", "bool", "bytes", "bytearray", "list", "tuple", "dict", "set", "frozenset", "slice", "object",
         "type", "ascii", "__import__", "__build_class__", "Exception", "BaseException", "None", "True", "False",
         "Ellipsis", "NotImplemented", "memoryview" if False else "len"]
print([n for n in names if not hasattr(builtins, n)])
print(builtins.len is len, builtins.__name__, type(builtins).__name__)
print(sorted(n for n in dir(builtins) if n.endswith("Error") and n[0].isupper())[:12])
print(getattr(builtins, "True"), getattr(builtins, "None"))
math = __import__("math")
print(math.sqrt(9.0), __import__("os.path").path is not None)
