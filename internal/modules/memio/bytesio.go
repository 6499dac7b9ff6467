// io.BytesIO. See memio.go.

package memio

import (
	"bytes"
	"math"

	"github.com/pyheap/pyheap/internal/modules/modargs"
	"github.com/pyheap/pyheap/internal/object"
)

// bytesCheck is BytesIO's CHECK_CLOSED.
func bytesCheck(rt *object.Runtime, st *state) bool {
	if st.flags&flagClosed != 0 {
		rt.Raise("ValueError", "I/O operation on closed file.")
		return false
	}
	return true
}

// content views the stream's bytes [lo, hi): the borrowed initial bytes or
// the buffer.
func content(rt *object.Runtime, st *state, lo, hi int64) []byte {
	if st.src != Nil {
		return rt.BytesData(st.src)[lo:hi]
	}
	return bytesOf(rt, st, lo, hi, 1)
}

// realizeBytes copies the first size bytes of the borrowed initial value into
// a buffer of the stream's own.
func realizeBytes(rt *object.Runtime, st *state) bool {
	src := st.src
	st.src = Nil
	if !grow(rt, st, st.size, 1) {
		st.src = src
		return false
	}
	copy(bytesOf(rt, st, 0, st.size, 1), rt.BytesData(src))
	rt.Decref(src)
	return true
}

// writeBytes writes the bytes-like b at the position; false with an
// exception set.
func writeBytes(rt *object.Runtime, st *state, b Ref) (int, bool) {
	if !bytesCheck(rt, st) {
		return 0, false
	}
	data, ok := rt.BytesLikeData(b)
	if !ok {
		rt.Raise("TypeError", "a bytes-like object is required, not '%s'", rt.TypeNameOf(b))
		return 0, false
	}
	n := len(data)
	if n == 0 {
		return 0, true
	}
	// (b may be the borrowed value itself, from getvalue: the caller's
	// reference keeps data valid once the stream drops its own.)
	if st.src != Nil && !realizeBytes(rt, st) {
		return 0, false
	}
	pos := st.pos
	end := pos + int64(n)
	if end < pos {
		rt.Raise("OverflowError", "new position too large")
		return 0, false
	}
	if !grow(rt, st, end, 1) {
		return 0, false
	}
	if pos > st.size {
		clear(bytesOf(rt, st, st.size, pos, 1))
	}
	copy(bytesOf(rt, st, pos, end, 1), data)
	st.pos = end
	if end > st.size {
		st.size = end
	}
	return n, true
}

// readBytes reads up to size bytes (size < 0: all).
func readBytes(rt *object.Runtime, st *state, size int) Ref {
	n := max(st.size-st.pos, 0)
	if size < 0 || int64(size) > n {
		size = int(n)
	}
	lo := st.pos
	st.pos += int64(size)
	return rt.NewBytes(content(rt, st, lo, lo+int64(size)))
}

// lineLen is the length of the line at the position, at most limit (< 0: no
// limit); 0 at the end.
func lineLen(rt *object.Runtime, st *state, limit int) int64 {
	if st.pos >= st.size {
		return 0
	}
	rest := st.size - st.pos
	if limit < 0 || int64(limit) > rest {
		limit = int(rest)
	}
	b := content(rt, st, st.pos, st.pos+int64(limit))
	if i := bytes.IndexByte(b, '\n'); i >= 0 {
		return int64(i + 1)
	}
	return int64(limit)
}

func readLineBytes(rt *object.Runtime, st *state, limit int) Ref {
	n := lineLen(rt, st, limit)
	lo := st.pos
	st.pos += n
	return rt.NewBytes(content(rt, st, lo, lo+n))
}

func newBytesIO(rt *object.Runtime, ms *modState) *object.Type {
	flags := object.TypeGC | object.TypeBaseType | object.TypeWeakrefable
	return modargs.NewType(rt, "_io.BytesIO", objSize, flags, func(t *object.Type) {
		t.Data = ms
		lifetime(t)
		initSpec := &modargs.Spec{Name: "BytesIO", Names: []string{"initial_bytes"}}
		t.Init = func(rt *object.Runtime, o Ref, args []Ref, kw Ref) int {
			v, ok := initSpec.Bind(rt, args, kw)
			if !ok {
				return -1
			}
			st := stateOf(rt, o)
			st.size, st.pos = 0, 0
			rt.Replace(&st.src, Nil)
			if b := v[0]; b != Nil && b != rt.None {
				if rt.TypeOf(b) == rt.BytesType {
					// CPython adopts the bytes as its buffer (reopening a
					// closed stream); so does this, without a copy.
					release(rt, st)
					st.flags &^= flagClosed
					st.src = rt.New(b)
					st.size = int64(rt.BytesLen(b))
					return 0
				}
				if _, ok := writeBytes(rt, st, b); !ok {
					return -1
				}
				st.pos = 0
			}
			return 0
		}
		t.Iter = func(rt *object.Runtime, o Ref) Ref { return rt.New(o) }
		t.Next = func(rt *object.Runtime, o Ref) Ref {
			st := stateOf(rt, o)
			if !bytesCheck(rt, st) {
				return Nil
			}
			if lineLen(rt, st, -1) == 0 {
				return Nil
			}
			return readLineBytes(rt, st, -1)
		}
		t.Methods = append(bytesMethods(ms), slotMethods(t)...)
		t.GetSets = []object.GetSetDef{
			dictGetSet(),
			{Name: "closed", Get: func(rt *object.Runtime, o Ref) Ref {
				return rt.NewBool(stateOf(rt, o).flags&flagClosed != 0)
			}},
		}
	})
}

// bytesMethod is a BytesIO method taking lo..hi positional arguments, with
// the closed check first when check is set.
func bytesMethod(name, msgName string, lo, hi int, check bool, fn func(rt *object.Runtime, o Ref, st *state, args []Ref) Ref) object.MethodDef {
	return method(name, func(rt *object.Runtime, o Ref, args []Ref, kw Ref) Ref {
		if !rt.CheckArgs(msgName, args, kw, lo, hi) {
			return Nil
		}
		st := stateOf(rt, o)
		if check && !bytesCheck(rt, st) {
			return Nil
		}
		return fn(rt, o, st, args)
	})
}

func bytesMethods(ms *modState) []object.MethodDef {
	noargs := func(name string, fn func(rt *object.Runtime, o Ref, st *state, args []Ref) Ref) object.MethodDef {
		return bytesMethod(name, "BytesIO."+name, 0, 0, true, fn)
	}
	isTrue := func(rt *object.Runtime, o Ref, st *state, args []Ref) Ref { return rt.NewBool(true) }
	read := func(rt *object.Runtime, o Ref, st *state, args []Ref) Ref {
		size, ok := optSize(rt, arg0(args), -1)
		if !ok {
			return Nil
		}
		return readBytes(rt, st, size)
	}
	return []object.MethodDef{
		method("write", func(rt *object.Runtime, o Ref, args []Ref, kw Ref) Ref {
			if len(args) != 1 || kw != Nil {
				if !rt.CheckArgs("BytesIO.write", args, kw, 1, 1) {
					return Nil
				}
			}
			n, ok := writeBytes(rt, stateOf(rt, o), args[0])
			if !ok {
				return Nil
			}
			return rt.NewInt(int64(n))
		}),
		noargs("getvalue", func(rt *object.Runtime, o Ref, st *state, args []Ref) Ref {
			if st.src != Nil && int64(rt.BytesLen(st.src)) == st.size {
				return rt.New(st.src)
			}
			return rt.NewBytes(content(rt, st, 0, st.size))
		}),
		bytesMethod("read", "read", 0, 1, true, read),
		bytesMethod("read1", "read1", 0, 1, true, read),
		bytesMethod("readline", "readline", 0, 1, true, func(rt *object.Runtime, o Ref, st *state, args []Ref) Ref {
			size, ok := optSize(rt, arg0(args), -1)
			if !ok {
				return Nil
			}
			return readLineBytes(rt, st, size)
		}),
		bytesMethod("readlines", "readlines", 0, 1, true, func(rt *object.Runtime, o Ref, st *state, args []Ref) Ref {
			maxsize := -1
			if a := arg0(args); a != Nil && a != rt.None {
				if !rt.IsInt(a) {
					rt.Raise("TypeError", "integer argument expected, got '%s'", rt.TypeNameOf(a))
					return Nil
				}
				var ok bool
				if maxsize, ok = ssize(rt, a); !ok {
					return Nil
				}
			}
			l := rt.NewList(0)
			if l == Nil {
				return Nil
			}
			total := 0
			for {
				n := lineLen(rt, st, -1)
				if n == 0 {
					return l
				}
				line := readLineBytes(rt, st, -1)
				if line == Nil || rt.ListAppend(l, line) < 0 {
					rt.Decref(line)
					rt.Decref(l)
					return Nil
				}
				rt.Decref(line)
				total += int(n)
				if maxsize > 0 && total >= maxsize {
					return l
				}
			}
		}),
		noargs("tell", func(rt *object.Runtime, o Ref, st *state, args []Ref) Ref {
			return rt.NewInt(st.pos)
		}),
		bytesMethod("truncate", "truncate", 0, 1, true, func(rt *object.Runtime, o Ref, st *state, args []Ref) Ref {
			size, ok := optSize(rt, arg0(args), -2)
			if !ok {
				return Nil
			}
			if size == -2 {
				size = int(st.pos)
			} else if size < 0 {
				rt.Raise("ValueError", "negative size value %d", size)
				return Nil
			}
			if int64(size) < st.size {
				st.size = int64(size)
			}
			return rt.NewInt(int64(size))
		}),
		bytesMethod("seek", "seek", 1, 2, false, func(rt *object.Runtime, o Ref, st *state, args []Ref) Ref {
			p, ok := ssize(rt, args[0])
			if !ok {
				return Nil
			}
			whence := 0
			if len(args) > 1 {
				if whence, ok = cint(rt, args[1]); !ok {
					return Nil
				}
			}
			if !bytesCheck(rt, st) {
				return Nil
			}
			pos := int64(p)
			switch whence {
			case 0:
				if pos < 0 {
					rt.Raise("ValueError", "negative seek value %d", pos)
					return Nil
				}
			case 1, 2:
				base := st.pos
				if whence == 2 {
					base = st.size
				}
				if pos > math.MaxInt64-base {
					rt.Raise("OverflowError", "new position too large")
					return Nil
				}
				pos += base
			default:
				rt.Raise("ValueError", "invalid whence (%d, should be 0, 1 or 2)", whence)
				return Nil
			}
			st.pos = max(pos, 0)
			return rt.NewInt(st.pos)
		}),
		bytesMethod("close", "BytesIO.close", 0, 0, false, func(rt *object.Runtime, o Ref, st *state, args []Ref) Ref {
			st.flags |= flagClosed
			release(rt, st)
			return rt.New(rt.None)
		}),
		noargs("readable", isTrue),
		noargs("writable", isTrue),
		noargs("seekable", isTrue),
		noargs("flush", func(rt *object.Runtime, o Ref, st *state, args []Ref) Ref { return rt.New(rt.None) }),
		noargs("isatty", func(rt *object.Runtime, o Ref, st *state, args []Ref) Ref { return rt.NewBool(false) }),
		bytesMethod("fileno", "_IOBase.fileno", 0, 0, false, func(rt *object.Runtime, o Ref, st *state, args []Ref) Ref {
			return unsupported(rt, o, "fileno")
		}),
		bytesMethod("detach", "_BufferedIOBase.detach", 0, 0, false, func(rt *object.Runtime, o Ref, st *state, args []Ref) Ref {
			return unsupported(rt, o, "detach")
		}),
		bytesMethod("__enter__", "_IOBase.__enter__", 0, 0, false, func(rt *object.Runtime, o Ref, st *state, args []Ref) Ref {
			if !checkClosedIOBase(rt, o, rt.TypeOf(o) == ms.bytesIO) {
				return Nil
			}
			return rt.New(o)
		}),
		exitMethod(),
		writelinesMethod("BytesIO.writelines", func(rt *object.Runtime, o Ref) bool { return true }, func(rt *object.Runtime, o, line Ref) bool {
			_, ok := writeBytes(rt, stateOf(rt, o), line)
			return ok
		}),
	}
}
