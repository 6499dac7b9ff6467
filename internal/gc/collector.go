// The collector: generations, the cycle-finding algorithm, finalization. See doc.go.

package gc

import (
	"fmt"
	"io"
	"time"

	"github.com/pyheap/pyheap/internal/object"
)

// The debugging flags of gc.set_debug.
const (
	DebugStats         = 1
	DebugCollectable   = 2
	DebugUncollectable = 4
	DebugSaveAll       = 32
	DebugLeak          = DebugCollectable | DebugUncollectable | DebugSaveAll
)

// NumGenerations is the number of generations (not counting the permanent one).
const NumGenerations = 3

// GenStats are one generation's statistics (gc.get_stats()).
type GenStats struct {
	Collections   int
	Collected     int
	Uncollectable int
}

// Collector is one interpreter's cycle collector (CPython's GCState).
type Collector struct {
	rt *object.Runtime

	// visitSubtract and visitReachable are the visit functions of subtractRefs and
	// moveUnreachable, made once: a closure made per collection escaped to the Go
	// heap (two allocations per collection, 10,000 a binary_trees run).
	// reachableYoung is the list moveUnreachable is walking.
	visitSubtract, visitReachable object.VisitFunc
	reachableYoung                object.Ref

	threshold [NumGenerations]int
	// count[0] is allocations of containers minus deallocations since the last
	// collection of generation 0; count[i>0] is collections of generation i-1 since
	// the last collection of generation i.
	count [NumGenerations]int
	stats [NumGenerations]GenStats

	enabled    bool
	collecting bool
	due        bool // an automatic collection is wanted at the next safe point
	debug      int

	// The 25% rule for generation 2 (CPython issue #4074): a full collection runs
	// only when the objects that survived a generation-1 collection since the last
	// full one (longLivedPending) are at least a quarter of those that survived it
	// (longLivedTotal).
	longLivedTotal, longLivedPending int

	// Stderr receives DEBUG_STATS and DEBUG_COLLECTABLE output.
	Stderr io.Writer
	// SaveGarbage is called with each object DEBUG_SAVEALL keeps (gc.garbage).
	SaveGarbage func(r object.Ref)
	// Callbacks is called before ("start") and after ("stop") every collection
	// (gc.callbacks).
	Callbacks func(phase string, generation, collected, uncollectable int)
}

// New returns the collector of rt, enabled, with CPython's thresholds (700, 10, 10),
// and installs its allocation counter on rt.
func New(rt *object.Runtime) *Collector {
	c := &Collector{rt: rt, threshold: [NumGenerations]int{700, 10, 10}, enabled: true}
	c.visitSubtract, c.visitReachable = c.subtractVisit, c.reachableVisit
	rt.SetGCHooks(c.allocated, c.freed)
	return c
}

func (c *Collector) allocated() {
	c.count[0]++
	if c.count[0] > c.threshold[0] && c.enabled && c.threshold[0] != 0 && !c.collecting {
		c.due = true
	}
}

func (c *Collector) freed() {
	if c.count[0] > 0 {
		c.count[0]--
	}
}

// Due reports whether an automatic collection is wanted; the VM checks it at safe
// points of the eval loop and then calls CollectIfDue.
func (c *Collector) Due() bool { return c.due }

// CollectIfDue runs the automatic collection when one is due: the oldest generation
// whose count passed its threshold, with the 25% rule for the oldest (CPython's
// collect_generations). It returns the number of objects found unreachable.
func (c *Collector) CollectIfDue() int {
	if !c.due {
		return 0
	}
	c.due = false
	if c.collecting || !c.enabled {
		return 0
	}
	for g := NumGenerations - 1; g >= 0; g-- {
		if c.count[g] > c.threshold[g] {
			if g == NumGenerations-1 && c.longLivedPending < c.longLivedTotal/4 {
				continue
			}
			return c.collectWithCallbacks(g)
		}
	}
	return 0
}

// Collect runs a collection of generation gen (and all younger ones), as
// gc.collect(gen) does, and returns the number of unreachable objects found
// (collected plus uncollectable). It does nothing and returns 0 when a collection is
// already running.
func (c *Collector) Collect(gen int) int {
	if c.collecting {
		return 0
	}
	return c.collectWithCallbacks(gen)
}

func (c *Collector) collectWithCallbacks(gen int) int {
	c.collecting = true
	defer func() { c.collecting = false }()
	if c.Callbacks != nil {
		c.Callbacks("start", gen, 0, 0)
	}
	collected, uncollectable := c.collect(gen)
	if c.Callbacks != nil {
		c.Callbacks("stop", gen, collected, uncollectable)
	}
	return collected + uncollectable
}

// Enable, Disable and IsEnabled switch automatic collection.
func (c *Collector) Enable()         { c.enabled = true }
func (c *Collector) Disable()        { c.enabled = false; c.due = false }
func (c *Collector) IsEnabled() bool { return c.enabled }

// Threshold returns the three thresholds; SetThreshold sets them.
func (c *Collector) Threshold() [NumGenerations]int     { return c.threshold }
func (c *Collector) SetThreshold(t [NumGenerations]int) { c.threshold = t }

// Count returns the three counts (gc.get_count()).
func (c *Collector) Count() [NumGenerations]int { return c.count }

// SetDebug and DebugFlags are gc.set_debug and gc.get_debug.
func (c *Collector) SetDebug(flags int) { c.debug = flags }
func (c *Collector) DebugFlags() int    { return c.debug }

// Stats returns the per-generation statistics (gc.get_stats()).
func (c *Collector) Stats() [NumGenerations]GenStats { return c.stats }

// Collecting reports whether a collection is running.
func (c *Collector) Collecting() bool { return c.collecting }

func (c *Collector) head(gen int) object.Ref { return c.rt.GCList(gen) }

// collect is CPython's gc_collect_main.
func (c *Collector) collect(gen int) (collected, uncollectable int) {
	rt := c.rt
	var start time.Time
	if c.debug&DebugStats != 0 {
		c.printf("gc: collecting generation %d...\n", gen)
		c.printf("gc: objects in each generation: %d %d %d\n", c.size(c.head(0)), c.size(c.head(1)), c.size(c.head(2)))
		c.printf("gc: objects in permanent generation: %d\n", c.size(c.head(NumGenerations)))
		start = time.Now()
	}
	if gen+1 < NumGenerations {
		c.count[gen+1]++
	}
	for i := 0; i <= gen; i++ {
		c.count[i] = 0
	}
	for i := 0; i < gen; i++ {
		c.merge(c.head(i), c.head(gen))
	}
	young := c.head(gen)
	old := young
	if gen < NumGenerations-1 {
		old = c.head(gen + 1)
	}

	unreachable := c.newHead()
	defer rt.FreeGCListHead(unreachable)
	c.deduceUnreachable(young, unreachable)
	c.untrackTuples(young)
	if young != old {
		if gen == NumGenerations-2 {
			c.longLivedPending += c.size(young)
		}
		c.merge(young, old)
	} else {
		c.untrackDicts(young)
		c.longLivedPending = 0
		c.longLivedTotal = c.size(young)
	}
	c.clearUnreachableMarks(unreachable)
	if c.debug&DebugCollectable != 0 {
		for r := c.next(unreachable); r != unreachable; r = c.next(r) {
			c.printf("gc: collectable <%s %#x>\n", rt.TypeNameOf(r), rt.ID(r))
		}
	}
	collected += c.handleWeakrefs(unreachable, old)
	c.finalizeGarbage(unreachable)

	// Finalizers may have resurrected objects: find what is still unreachable.
	final := c.newHead()
	defer rt.FreeGCListHead(final)
	c.clearCollecting(unreachable)
	c.deduceUnreachable(unreachable, final)
	c.clearUnreachableMarks(final)
	c.merge(unreachable, old)

	collected += c.countCollectable(final)
	c.deleteGarbage(final, old)

	if c.debug&DebugStats != 0 {
		c.printf("gc: done, %d unreachable, %d uncollectable, %.4fs elapsed\n",
			collected+uncollectable, uncollectable, time.Since(start).Seconds())
	}
	c.stats[gen].Collections++
	c.stats[gen].Collected += collected
	c.stats[gen].Uncollectable += uncollectable
	return collected, uncollectable
}

// countCollectable counts the objects of list as gc.collect() reports them:
// instance dicts no Python code has taken are not counted, since CPython 3.11 keeps
// those attributes inline in the instance (object.NewInstanceDict).
func (c *Collector) countCollectable(list object.Ref) int {
	n := 0
	for r := c.next(list); r != list; r = c.next(r) {
		if !c.rt.IsInstanceDict(r) {
			n++
		}
	}
	return n
}

func (c *Collector) printf(format string, args ...any) {
	if c.Stderr != nil {
		fmt.Fprintf(c.Stderr, format, args...)
	}
}

func (c *Collector) newHead() object.Ref {
	h := c.rt.NewGCListHead()
	if h == object.Nil {
		// The heap is full: the collector must still run, so the sentinel comes
		// from the Go side of the runtime is not an option; fail loudly instead.
		panic("gc: no memory for a list head")
	}
	return h
}

// deduceUnreachable moves the objects of young that nothing outside young refers to
// into unreachable (CPython's deduce_unreachable): copy each refcount into gc_refs,
// subtract the references young's objects hold to each other, then move every
// object not reachable from one with references left.
func (c *Collector) deduceUnreachable(young, unreachable object.Ref) {
	c.updateRefs(young)
	c.subtractRefs(young)
	c.moveUnreachable(young, unreachable)
}
