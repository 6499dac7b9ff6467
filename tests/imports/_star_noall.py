public_name = "public"
_underscore = "skipped by import *"
