import sys
for stmt in ["import no_such_module_xyz", "import pkg.missing_submodule", "from pkg import missing_name",
             "from _helper import missing_thing", "import _helper.not_a_package", "from . import anything"]:
    try:
        exec(stmt)
    except ImportError as e:
        print(stmt, "->", type(e).__name__ + ":", e, "| name =", e.name)
print(issubclass(ModuleNotFoundError, ImportError))
try:
    import _raises_on_import
except RuntimeError as e:
    print("RuntimeError:", e)
print("_raises_on_import" in sys.modules)
try:
    import _syntax_broken
except SyntaxError as e:
    print("SyntaxError:", e.msg, e.lineno, e.filename.endswith("_syntax_broken.py"))
