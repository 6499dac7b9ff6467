# richards: an operating-system-like task scheduler in the spirit of Martin Richards'
# benchmark, written from scratch for pyheap. Six tasks of four kinds share one
# scheduler: an idle task that wakes the two devices at pseudo-random, a worker that
# fills work packets with letters, two handlers that feed those letters one at a time
# to their devices, and two devices that "print" them. Tasks pass packets through
# inboxes (singly linked queues), wait for mail, hold and release each other, and a
# higher-priority task that receives mail or is released preempts the current one.
#
# Relies on: classes with inheritance and overridden methods, attribute-heavy linked
# lists, None checks, bound method calls, small-int arithmetic, chr/ord.

ROUNDS = 150  # short: 12
IDLE_STEPS = 2000

IDLE, WORKER, HANDLER_A, HANDLER_B, DEVICE_A, DEVICE_B = range(6)
WORK, DEVICE = "work", "device"
LETTERS = 26
PAYLOAD = 4


class Packet:
    def __init__(self, kind, owner):
        self.link = None  # the next packet in whatever inbox holds this one
        self.kind = kind
        self.owner = owner  # the task that sent it last
        self.cursor = 0  # work packets: how many letters the handler has used
        self.letter = 0  # device packets: the letter to print
        self.payload = [0] * PAYLOAD


def enqueue(head, packet):
    """Append packet to the queue starting at head; return the queue's head."""
    packet.link = None
    if head is None:
        return packet
    p = head
    while p.link is not None:
        p = p.link
    p.link = packet
    return head


class Task:
    def __init__(self, system, ident, priority, inbox=None, waiting=False):
        self.system = system
        self.ident = ident
        self.priority = priority
        self.inbox = inbox
        self.waiting = waiting
        self.held = False
        self.next = None
        system.add(self)

    def blocked(self):
        return self.held or (self.waiting and self.inbox is None)

    def step(self):
        packet = None
        if self.waiting:
            packet = self.inbox
            self.inbox = packet.link
            self.waiting = False
        return self.act(packet)


class IdleTask(Task):
    def __init__(self, system, ident, priority, steps):
        super().__init__(system, ident, priority)
        self.left = steps
        self.seed = 1

    def act(self, packet):
        self.left -= 1
        if self.left == 0:
            return self.system.hold()
        self.seed = (self.seed * 75 + 74) % 65537
        if self.seed & 4:
            return self.system.release(DEVICE_A)
        return self.system.release(DEVICE_B)


class WorkerTask(Task):
    def __init__(self, system, ident, priority, inbox):
        super().__init__(system, ident, priority, inbox, waiting=True)
        self.target = HANDLER_A
        self.next_letter = 0

    def act(self, packet):
        if packet is None:
            return self.system.wait()
        self.target = HANDLER_B if self.target == HANDLER_A else HANDLER_A
        packet.cursor = 0
        for i in range(PAYLOAD):
            packet.payload[i] = self.next_letter
            self.next_letter = (self.next_letter + 1) % LETTERS
        return self.system.send(packet, self.target)


class HandlerTask(Task):
    def __init__(self, system, ident, priority, inbox, device):
        super().__init__(system, ident, priority, inbox, waiting=True)
        self.device = device
        self.work = None  # queue of work packets
        self.spare = None  # queue of device packets

    def act(self, packet):
        if packet is not None:
            if packet.kind == WORK:
                self.work = enqueue(self.work, packet)
            else:
                self.spare = enqueue(self.spare, packet)
        work = self.work
        if work is not None:
            if work.cursor == PAYLOAD:
                self.work = work.link
                return self.system.send(work, WORKER)
            spare = self.spare
            if spare is not None:
                self.spare = spare.link
                spare.letter = work.payload[work.cursor]
                work.cursor += 1
                return self.system.send(spare, self.device)
        return self.system.wait()


class DeviceTask(Task):
    def __init__(self, system, ident, priority):
        super().__init__(system, ident, priority, waiting=True)
        self.pending = None
        self.printed = 0

    def act(self, packet):
        if packet is None:
            done = self.pending
            if done is None:
                return self.system.wait()
            self.pending = None
            return self.system.send(done, done.owner)
        self.pending = packet
        self.printed = (self.printed * 7 + ord(chr(65 + packet.letter))) % 1000003
        return self.system.hold()


class System:
    def __init__(self):
        self.tasks = [None] * 6
        self.first = None  # tasks in order of falling priority
        self.current = None
        self.sends = 0
        self.holds = 0

    def add(self, task):
        self.tasks[task.ident] = task
        if self.first is None or task.priority > self.first.priority:
            task.next = self.first
            self.first = task
            return
        t = self.first
        while t.next is not None and t.next.priority > task.priority:
            t = t.next
        task.next = t.next
        t.next = task

    def run(self):
        task = self.first
        while task is not None:
            if task.blocked():
                task = task.next
            else:
                self.current = task
                task = task.step()

    # The calls a running task ends its turn with; each returns the task to run next.

    def wait(self):
        self.current.waiting = True
        return self.current

    def hold(self):
        self.holds += 1
        self.current.held = True
        return self.current.next

    def release(self, ident):
        t = self.tasks[ident]
        t.held = False
        if t.priority > self.current.priority:
            return t
        return self.current

    def send(self, packet, ident):
        self.sends += 1
        t = self.tasks[ident]
        packet.owner = self.current.ident
        t.inbox = enqueue(t.inbox, packet)
        if t.priority > self.current.priority and not t.blocked():
            return t
        return self.current


def build(steps):
    system = System()
    IdleTask(system, IDLE, 0, steps)
    work = None
    for _ in range(2):
        work = enqueue(work, Packet(WORK, IDLE))
    WorkerTask(system, WORKER, 1000, work)
    for ident, device, priority in ((HANDLER_A, DEVICE_A, 2000), (HANDLER_B, DEVICE_B, 3000)):
        spare = None
        for _ in range(3):
            spare = enqueue(spare, Packet(DEVICE, device))
        HandlerTask(system, ident, priority, spare, device)
    DeviceTask(system, DEVICE_A, 4000)
    DeviceTask(system, DEVICE_B, 5000)
    return system


def main():
    digest = 0
    for r in range(ROUNDS):
        system = build(IDLE_STEPS + r)
        system.run()
        a = system.tasks[DEVICE_A].printed
        b = system.tasks[DEVICE_B].printed
        digest = (digest * 17 + system.sends * 3 + system.holds + a + b) % 1000000007
    print(f"checksum: {digest}:{system.sends}:{system.holds}")


main()
