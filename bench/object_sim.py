# object_sim: a small ecosystem on a wrapping grid. Grass regrows, rabbits graze and
# breed, foxes hunt rabbits; every creature is an instance of a class hierarchy with
# methods, properties and a class-level counter. Randomness comes from a linear
# congruential generator object, so the run is the same everywhere. Mostly attribute
# access, method calls (bound, inherited, via super()), and dict/list bookkeeping.
#
# Relies on: classes with single inheritance, super().__init__, @property,
# @staticmethod, @classmethod, class attributes (read through instances, updated through
# the class), dict.get/setdefault, list comprehension with a condition, any/sum over
# generator expressions, isinstance, sorted with key=lambda.

TICKS = 2000  # short: 200
WIDTH = 40
HEIGHT = 30


class Random:
    """A 31-bit linear congruential generator (the constants of the ANSI C example)."""

    def __init__(self, seed):
        self.state = seed

    def next(self):
        self.state = (self.state * 1103515245 + 12345) & 0x7FFFFFFF
        return self.state >> 8

    def below(self, n):
        return self.next() % n

    def chance(self, percent):
        return self.below(100) < percent


class Creature:
    born = 0

    def __init__(self, world, x, y, energy):
        self.world = world
        self.x = x
        self.y = y
        self.energy = energy
        self.age = 0
        self.alive = True
        Creature.born += 1
        self.serial = Creature.born

    @property
    def position(self):
        return (self.x, self.y)

    @property
    def hungry(self):
        return self.energy < self.appetite

    def step(self, dx, dy):
        self.x = (self.x + dx) % WIDTH
        self.y = (self.y + dy) % HEIGHT
        self.energy -= self.move_cost

    def wander(self):
        d = self.world.rng.below(4)
        if d == 0:
            self.step(1, 0)
        elif d == 1:
            self.step(-1, 0)
        elif d == 2:
            self.step(0, 1)
        else:
            self.step(0, -1)

    def tick(self):
        self.age += 1
        self.act()
        if self.energy <= 0 or self.age > self.lifespan:
            self.alive = False
        elif self.energy > self.breed_at and self.world.rng.chance(self.fertility):
            self.energy //= 2
            self.world.spawn(self.offspring(self.x, self.y, self.energy))

    def act(self):
        self.wander()


class Rabbit(Creature):
    appetite = 50
    move_cost = 1
    lifespan = 60
    breed_at = 40
    fertility = 20

    def __init__(self, world, x, y, energy=20):
        super().__init__(world, x, y, energy)

    def offspring(self, x, y, energy):
        return Rabbit(self.world, x, y, energy)

    def act(self):
        if self.hungry and self.world.graze(self.x, self.y):
            self.energy += 8
        else:
            self.wander()


class Fox(Creature):
    appetite = 150
    move_cost = 1
    lifespan = 150
    breed_at = 120
    fertility = 8

    def __init__(self, world, x, y, energy=90):
        super().__init__(world, x, y, energy)
        self.kills = 0

    def offspring(self, x, y, energy):
        return Fox(self.world, x, y, energy)

    def act(self):
        prey = self.world.rabbit_near(self.x, self.y) if self.hungry else None
        if prey is not None:
            prey.alive = False
            self.energy += prey.energy // 2 + 10
            self.x = prey.x
            self.y = prey.y
            self.kills += 1
        else:
            self.wander()
            self.wander()


class World:
    def __init__(self, seed):
        self.rng = Random(seed)
        self.grass = [[3] * WIDTH for _ in range(HEIGHT)]
        self.creatures = []
        self.newborn = []
        self.rabbits_by_cell = {}
        self.eaten_grass = 0

    @staticmethod
    def cell(x, y):
        return y * WIDTH + x

    @classmethod
    def populated(cls, seed, rabbits, foxes):
        world = cls(seed)
        for _ in range(rabbits):
            world.spawn(Rabbit(world, world.rng.below(WIDTH), world.rng.below(HEIGHT)))
        for _ in range(foxes):
            world.spawn(Fox(world, world.rng.below(WIDTH), world.rng.below(HEIGHT)))
        world.settle()
        return world

    def spawn(self, creature):
        self.newborn.append(creature)

    def graze(self, x, y):
        row = self.grass[y]
        if row[x] > 0:
            row[x] -= 1
            self.eaten_grass += 1
            return True
        return False

    def rabbit_near(self, x, y):
        for dx, dy in ((0, 0), (1, 0), (-1, 0), (0, 1), (0, -1)):
            cell = self.cell((x + dx) % WIDTH, (y + dy) % HEIGHT)
            for r in self.rabbits_by_cell.get(cell, ()):
                if r.alive:
                    return r
        return None

    def index_rabbits(self):
        index = {}
        for c in self.creatures:
            if c.alive and isinstance(c, Rabbit):
                index.setdefault(self.cell(c.x, c.y), []).append(c)
        self.rabbits_by_cell = index

    def settle(self):
        self.creatures = [c for c in self.creatures if c.alive]
        self.creatures.extend(self.newborn)
        self.newborn = []

    def regrow(self):
        rng = self.rng
        for row in self.grass:
            for x in range(WIDTH):
                if row[x] < 5 and rng.chance(10):
                    row[x] += 1

    def tick(self):
        self.index_rabbits()
        for c in self.creatures:
            if c.alive:
                c.tick()
        self.settle()
        self.regrow()
        if not any(isinstance(c, Fox) for c in self.creatures):
            self.spawn(Fox(self, self.rng.below(WIDTH), self.rng.below(HEIGHT)))
        if sum(1 for c in self.creatures if isinstance(c, Rabbit)) < 10:
            for _ in range(20):
                self.spawn(Rabbit(self, self.rng.below(WIDTH), self.rng.below(HEIGHT)))


def main():
    world = World.populated(12345, 300, 20)
    digest = 0
    for t in range(TICKS):
        world.tick()
        rabbits = sum(1 for c in world.creatures if isinstance(c, Rabbit))
        digest = (digest * 131 + rabbits * 7 + len(world.creatures)) % 1000000007
    oldest = sorted(world.creatures, key=lambda c: (-c.age, c.serial))[:3]
    ages = "/".join(str(c.age) for c in oldest)
    kills = sum(c.kills for c in world.creatures if isinstance(c, Fox))
    print(f"checksum: {digest}:{Creature.born}:{world.eaten_grass}:{kills}:{ages}")


main()
