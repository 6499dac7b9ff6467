# Exception messages that span several lines are printed as they are.
class ConfigError(Exception):
    pass

raise ConfigError("line one\nline two\n  indented line three")
