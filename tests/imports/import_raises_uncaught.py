# An exception raised while a module is imported: the traceback shows the import
# statement, then the module's own frames (importlib's frames are hidden).
print("importing")
import _raises_on_import
