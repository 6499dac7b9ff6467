package gc_test

import (
	"fmt"
	"sync"
	"testing"

	"github.com/pyheap/pyheap/internal/gc"
	"github.com/pyheap/pyheap/internal/heap"
	"github.com/pyheap/pyheap/internal/object"
)

// TestHammerIsolatedRuntimes runs several interpreters' object spaces at once, one
// per goroutine, each building and collecting cycles: nothing is shared, so each
// must end exactly where it started (run it with -race as well).
func TestHammerIsolatedRuntimes(t *testing.T) {
	const workers, rounds = 6, 30
	var wg sync.WaitGroup
	errs := make(chan string, workers)
	for w := range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			rt, err := object.NewRuntime(object.Config{Heap: heap.Config{Limit: 64 << 20, Debug: w%2 == 1}})
			if err != nil {
				errs <- err.Error()
				return
			}
			defer rt.Close()
			c := gc.New(rt)
			c.Disable()
			c.Collect(2)
			rt.Heap().FlushQuarantine()
			before := rt.Heap().Stats().BlocksInUse()
			k := rt.InternString("k")
			name := rt.NewStr("worker")
			for r := range rounds {
				for i := range 500 {
					d := rt.NewDict()
					tup := rt.TupleFrom(d, object.MakeSmallInt(int64(i)), name)
					rt.DictSetItem(d, k, tup)
					rt.Decref(tup)
					rt.Decref(d)
				}
				if got := c.Collect(r % 3); r%3 == 2 && got == 0 {
					errs <- "a full collection found nothing"
					return
				}
			}
			c.Collect(2)
			rt.Decref(k)
			rt.Decref(name)
			rt.Heap().FlushQuarantine()
			if after := rt.Heap().Stats().BlocksInUse(); after > before+2200 { // free lists keep some
				errs <- fmt.Sprintf("blocks leaked: %d in use, %d before", after, before)
			}
			if err := rt.Heap().Check(); err != nil {
				errs <- err.Error()
			}
		}()
	}
	wg.Wait()
	close(errs)
	for e := range errs {
		t.Error(e)
	}
}
