# string for pyheap (in progress)
