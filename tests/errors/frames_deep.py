# A traceback through several function frames, methods and a lambda.
class Calculator:
    def run(self, values):
        return [self.step(v) for v in values]

    def step(self, v):
        return helper(v)

def helper(v):
    f = lambda x: 10 // x
    return f(v - 3)

c = Calculator()
print(c.run([4, 5]))
print(c.run([5, 3]))
