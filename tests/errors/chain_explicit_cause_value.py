# __cause__ set to an exception that itself has a context.
try:
    try:
        {}["k"]
    except KeyError as e:
        raise ValueError("inner") 
except ValueError as v:
    err = v

raise RuntimeError("outer") from err
