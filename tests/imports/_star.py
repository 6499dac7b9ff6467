__all__ = ["exported", "also_exported"]
exported = "exported value"
also_exported = "another"
not_in_all = "hidden by __all__"
