// product, permutations, combinations and combinations_with_replacement: their
// pools are tuples consumed when the object is made; the index (and cycle)
// arrays live inside the object.

package itertools

import (
	"github.com/pyheap/pyheap/internal/modules/modargs"
	"github.com/pyheap/pyheap/internal/object"
)

// Layout shared by the four: refs pools (product: tuple of tuples; the others:
// the pool tuple); ints n, r, stopped, first, then the arrays.
const (
	iN = iota
	iR
	iStopped
	iFirst
	nCombInts
)

func combTypes(rt *object.Runtime) map[string]*kind {
	ks := map[string]*kind{}
	poolOf := func(rt *object.Runtime, iterable Ref) Ref { return rt.SequenceTuple(iterable) }
	// result builds the tuple pool[indices[i]] for i < r.
	result := func(rt *object.Runtime, pool Ref, idx []int64) Ref {
		items := rt.TupleItems(pool)
		out := make([]Ref, len(idx))
		for i, j := range idx {
			out[i] = items[j]
		}
		return rt.TupleFrom(out...)
	}
	start := func(k *kind, o Ref, n, r int, stopped bool) {
		*k.int(rt, o, iN), *k.int(rt, o, iR), *k.int(rt, o, iFirst) = int64(n), int64(r), 1
		if stopped {
			*k.int(rt, o, iStopped) = 1
		}
	}
	rArg := func(rt *object.Runtime, v Ref) (int, bool) {
		r, ok := ssize(rt, v)
		if ok && r < 0 {
			rt.Raise("ValueError", "r must be non-negative")
			return 0, false
		}
		return r, ok
	}

	ks["product"] = newKind(rt, "itertools.product", 1, nCombInts, func(t *object.Type, k *kind) {
		t.New = func(rt *object.Runtime, t *object.Type, args []Ref, kw Ref) Ref {
			nkw := rt.NumKwargs(kw)
			npos := len(args) - nkw
			repeat := 1
			for i := 0; i < nkw; i++ {
				name := rt.GoString(rt.TupleItems(kw)[i])
				if name != "repeat" {
					rt.Raise("TypeError", "'%s' is an invalid keyword argument for product()", name)
					return Nil
				}
				var ok bool
				if repeat, ok = ssize(rt, args[npos+i]); !ok {
					return Nil
				}
				if repeat < 0 {
					rt.Raise("ValueError", "repeat argument cannot be negative")
					return Nil
				}
			}
			var pools []Ref
			defer func() {
				for _, p := range pools {
					rt.Decref(p)
				}
			}()
			for _, a := range args[:npos] {
				p := poolOf(rt, a)
				if p == Nil {
					return Nil
				}
				pools = append(pools, p)
			}
			all := make([]Ref, 0, len(pools)*repeat)
			for i := 0; i < repeat; i++ {
				all = append(all, pools...)
			}
			o := k.alloc(rt, len(all), rt.TupleFrom(all...))
			if o == Nil {
				return Nil
			}
			stopped := false
			for _, p := range all {
				if rt.TupleLen(p) == 0 {
					stopped = true
				}
			}
			start(k, o, len(all), len(all), stopped)
			return o
		}
		t.Next = func(rt *object.Runtime, o Ref) Ref {
			if *k.int(rt, o, iStopped) == 1 {
				return Nil
			}
			n := int(*k.int(rt, o, iN))
			idx := k.arr(rt, o, n)
			pools := rt.TupleItems(*ref(rt, o, 0))
			if *k.int(rt, o, iFirst) == 1 {
				*k.int(rt, o, iFirst) = 0
			} else {
				if n == 0 {
					*k.int(rt, o, iStopped) = 1
					return Nil
				}
				i := n - 1
				for ; i >= 0; i-- {
					idx[i]++
					if int(idx[i]) == rt.TupleLen(pools[i]) {
						idx[i] = 0
					} else {
						break
					}
				}
				if i < 0 {
					*k.int(rt, o, iStopped) = 1
					return Nil
				}
			}
			out := make([]Ref, n)
			for i := range out {
				out[i] = rt.TupleItems(pools[i])[idx[i]]
			}
			return rt.TupleFrom(out...)
		}
	})

	ks["combinations"] = newKind(rt, "itertools.combinations", 1, nCombInts, func(t *object.Type, k *kind) {
		spec := &modargs.Spec{Name: "combinations", Names: []string{"iterable", "r"}, Required: 2}
		t.New = func(rt *object.Runtime, t *object.Type, args []Ref, kw Ref) Ref {
			v, ok := spec.Bind(rt, args, kw)
			if !ok {
				return Nil
			}
			pool := poolOf(rt, v[0])
			if pool == Nil {
				return Nil
			}
			r, ok := rArg(rt, v[1])
			if !ok {
				rt.Decref(pool)
				return Nil
			}
			n := rt.TupleLen(pool)
			o := k.alloc(rt, r, pool)
			if o == Nil {
				return Nil
			}
			start(k, o, n, r, r > n)
			idx := k.arr(rt, o, r)
			for i := range idx {
				idx[i] = int64(i)
			}
			return o
		}
		t.Next = func(rt *object.Runtime, o Ref) Ref {
			if *k.int(rt, o, iStopped) == 1 {
				return Nil
			}
			n, r := int(*k.int(rt, o, iN)), int(*k.int(rt, o, iR))
			idx := k.arr(rt, o, r)
			if *k.int(rt, o, iFirst) == 1 {
				*k.int(rt, o, iFirst) = 0
			} else {
				i := r - 1
				for i >= 0 && int(idx[i]) == i+n-r {
					i--
				}
				if i < 0 {
					*k.int(rt, o, iStopped) = 1
					return Nil
				}
				idx[i]++
				for j := i + 1; j < r; j++ {
					idx[j] = idx[j-1] + 1
				}
			}
			return result(rt, *ref(rt, o, 0), idx)
		}
	})

	ks["combinations_with_replacement"] = newKind(rt, "itertools.combinations_with_replacement", 1, nCombInts, func(t *object.Type, k *kind) {
		spec := &modargs.Spec{Name: "combinations_with_replacement", Names: []string{"iterable", "r"}, Required: 2}
		t.New = func(rt *object.Runtime, t *object.Type, args []Ref, kw Ref) Ref {
			v, ok := spec.Bind(rt, args, kw)
			if !ok {
				return Nil
			}
			pool := poolOf(rt, v[0])
			if pool == Nil {
				return Nil
			}
			r, ok := rArg(rt, v[1])
			if !ok {
				rt.Decref(pool)
				return Nil
			}
			n := rt.TupleLen(pool)
			o := k.alloc(rt, r, pool)
			if o == Nil {
				return Nil
			}
			start(k, o, n, r, n == 0 && r > 0)
			return o
		}
		t.Next = func(rt *object.Runtime, o Ref) Ref {
			if *k.int(rt, o, iStopped) == 1 {
				return Nil
			}
			n, r := int(*k.int(rt, o, iN)), int(*k.int(rt, o, iR))
			idx := k.arr(rt, o, r)
			if *k.int(rt, o, iFirst) == 1 {
				*k.int(rt, o, iFirst) = 0
			} else {
				i := r - 1
				for i >= 0 && int(idx[i]) == n-1 {
					i--
				}
				if i < 0 {
					*k.int(rt, o, iStopped) = 1
					return Nil
				}
				v := idx[i] + 1
				for j := i; j < r; j++ {
					idx[j] = v
				}
			}
			return result(rt, *ref(rt, o, 0), idx)
		}
	})

	// permutations: indices [n] then cycles [r]
	ks["permutations"] = newKind(rt, "itertools.permutations", 1, nCombInts, func(t *object.Type, k *kind) {
		spec := &modargs.Spec{Name: "permutations", Names: []string{"iterable", "r"}, Required: 1}
		t.New = func(rt *object.Runtime, t *object.Type, args []Ref, kw Ref) Ref {
			v, ok := spec.Bind(rt, args, kw)
			if !ok {
				return Nil
			}
			pool := poolOf(rt, v[0])
			if pool == Nil {
				return Nil
			}
			n := rt.TupleLen(pool)
			r := n
			if v[1] != Nil && v[1] != rt.None {
				if !rt.IsInt(v[1]) {
					rt.Raise("TypeError", "Expected int as r")
					rt.Decref(pool)
					return Nil
				}
				if r, ok = rArg(rt, v[1]); !ok {
					rt.Decref(pool)
					return Nil
				}
			}
			o := k.alloc(rt, n+max(r, 0), pool)
			if o == Nil {
				return Nil
			}
			start(k, o, n, r, r > n)
			if r <= n {
				arr := k.arr(rt, o, n+r)
				for i := 0; i < n; i++ {
					arr[i] = int64(i)
				}
				for i := 0; i < r; i++ {
					arr[n+i] = int64(n - i)
				}
			}
			return o
		}
		t.Next = func(rt *object.Runtime, o Ref) Ref {
			if *k.int(rt, o, iStopped) == 1 {
				return Nil
			}
			n, r := int(*k.int(rt, o, iN)), int(*k.int(rt, o, iR))
			arr := k.arr(rt, o, n+r)
			idx, cycles := arr[:n], arr[n:]
			if *k.int(rt, o, iFirst) == 1 {
				*k.int(rt, o, iFirst) = 0
			} else {
				if n == 0 {
					*k.int(rt, o, iStopped) = 1
					return Nil
				}
				i := r - 1
				for ; i >= 0; i-- {
					cycles[i]--
					if cycles[i] == 0 {
						// rotate indices[i:] left by one
						first := idx[i]
						copy(idx[i:], idx[i+1:])
						idx[n-1] = first
						cycles[i] = int64(n - i)
					} else {
						j := int(cycles[i])
						idx[i], idx[n-j] = idx[n-j], idx[i]
						break
					}
				}
				if i < 0 {
					*k.int(rt, o, iStopped) = 1
					return Nil
				}
			}
			return result(rt, *ref(rt, o, 0), idx[:r])
		}
	})
	return ks
}
