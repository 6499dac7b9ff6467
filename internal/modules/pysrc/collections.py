# collections for pyheap (in progress)
