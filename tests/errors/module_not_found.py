import os
print("os imported")
import no_such_module_here
