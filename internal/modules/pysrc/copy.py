# copy for pyheap (in progress)
