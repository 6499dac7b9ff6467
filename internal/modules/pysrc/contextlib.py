# contextlib for pyheap (in progress)
