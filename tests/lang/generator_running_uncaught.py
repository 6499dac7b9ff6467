# A generator that tries to advance itself: "generator already executing".
def gen():
    yield next(me)

me = gen()
print("starting")
next(me)
