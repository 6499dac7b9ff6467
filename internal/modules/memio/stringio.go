// io.StringIO. See memio.go.

package memio

import (
	"strings"

	"github.com/pyheap/pyheap/internal/modules/modargs"
	"github.com/pyheap/pyheap/internal/object"
)

// textCheck is StringIO's CHECK_INITIALIZED and CHECK_CLOSED.
func textCheck(rt *object.Runtime, st *state) bool {
	switch {
	case st.flags&flagOK == 0:
		rt.Raise("ValueError", "I/O operation on uninitialized object")
		return false
	case st.flags&flagClosed != 0:
		rt.Raise("ValueError", "I/O operation on closed file")
		return false
	}
	return true
}

// readLine reads a line of at most limit units (limit < 0: no limit).
func readLine(rt *object.Runtime, st *state, limit int) Ref {
	if st.pos >= st.size {
		return rt.New(rt.EmptyStr)
	}
	lo := st.pos
	if rest := st.size - lo; limit < 0 || int64(limit) > rest {
		limit = int(rest)
	}
	n := lineEnd(rt, st, lo, lo+int64(limit), int(st.flags&nlMask)>>nlShift)
	if n < 0 {
		n = int64(limit)
	}
	st.pos += n
	return textOf(rt, st, lo, lo+n)
}

func newStringIO(rt *object.Runtime, ms *modState) *object.Type {
	flags := object.TypeGC | object.TypeBaseType | object.TypeWeakrefable
	return modargs.NewType(rt, "_io.StringIO", objSize, flags, func(t *object.Type) {
		t.Data = ms
		lifetime(t)
		initSpec := &modargs.Spec{Name: "StringIO", Names: []string{"initial_value", "newline"}}
		t.Init = func(rt *object.Runtime, o Ref, args []Ref, kw Ref) int {
			v, ok := initSpec.Bind(rt, args, kw)
			if !ok {
				return -1
			}
			return textInit(rt, o, v[0], v[1])
		}
		t.Iter = func(rt *object.Runtime, o Ref) Ref {
			if !checkClosedIOBase(rt, o, rt.TypeOf(o) == ms.stringIO) {
				return Nil
			}
			return rt.New(o)
		}
		t.Next = func(rt *object.Runtime, o Ref) Ref {
			st := stateOf(rt, o)
			if !textCheck(rt, st) {
				return Nil
			}
			var line Ref
			if rt.TypeOf(o) == ms.stringIO {
				line = readLine(rt, st, -1)
			} else {
				line = rt.CallMethod(o, "readline")
				if line != Nil && !rt.IsStr(line) {
					rt.Raise("OSError", "readline() should have returned a str object, not '%s'", rt.TypeNameOf(line))
					rt.Decref(line)
					return Nil
				}
			}
			if line == Nil || rt.StrLen(line) > 0 {
				return line
			}
			rt.Decref(line)
			return Nil
		}
		t.Methods = append(textMethods(ms), slotMethods(t)...)
		t.GetSets = []object.GetSetDef{
			dictGetSet(),
			{Name: "closed", Get: func(rt *object.Runtime, o Ref) Ref {
				st := stateOf(rt, o)
				if st.flags&flagOK == 0 {
					rt.Raise("ValueError", "I/O operation on uninitialized object")
					return Nil
				}
				return rt.NewBool(st.flags&flagClosed != 0)
			}},
			{Name: "line_buffering", Get: func(rt *object.Runtime, o Ref) Ref {
				if !textCheck(rt, stateOf(rt, o)) {
					return Nil
				}
				return rt.NewBool(false)
			}},
			{Name: "newlines", Get: func(rt *object.Runtime, o Ref) Ref {
				st := stateOf(rt, o)
				if !textCheck(rt, st) {
					return Nil
				}
				return seenNewlines(rt, st)
			}},
			{Name: "encoding", Get: func(rt *object.Runtime, o Ref) Ref { return rt.New(rt.None) }},
			{Name: "errors", Get: func(rt *object.Runtime, o Ref) Ref { return rt.New(rt.None) }},
		}
	})
}

// seenNewlines is IncrementalNewlineDecoder.newlines: None, one ending, or a
// tuple of those seen, "\r" before "\n" before "\r\n".
func seenNewlines(rt *object.Runtime, st *state) Ref {
	mode := int(st.flags&nlMask) >> nlShift
	if mode != nlNone && mode != nlEmpty {
		return rt.New(rt.None)
	}
	var names []string
	if st.flags&seenCR != 0 {
		names = append(names, "\r")
	}
	if st.flags&seenLF != 0 {
		names = append(names, "\n")
	}
	if st.flags&seenCRLF != 0 {
		names = append(names, "\r\n")
	}
	switch len(names) {
	case 0:
		return rt.New(rt.None)
	case 1:
		return rt.NewStr(names[0])
	}
	items := make([]Ref, len(names))
	for i, s := range names {
		items[i] = rt.NewStr(s)
	}
	tup := rt.TupleFrom(items...)
	for _, it := range items {
		rt.Decref(it)
	}
	return tup
}

// textInit is StringIO.__init__(initial_value, newline) with the values bound
// (Nil: not given).
func textInit(rt *object.Runtime, o, value, nl Ref) int {
	mode := nlLF
	if nl == rt.None {
		mode = nlNone
	} else if nl != Nil {
		if !rt.IsStr(nl) {
			rt.Raise("TypeError", "newline must be str or None, not %s", rt.TypeNameOf(nl))
			return -1
		}
		s := rt.GoString(nl)
		if i := strings.IndexByte(s, 0); i >= 0 {
			s = s[:i] // CPython compares the value as a C string
		}
		switch s {
		case "":
			mode = nlEmpty
		case "\n":
			mode = nlLF
		case "\r":
			mode = nlCR
		case "\r\n":
			mode = nlCRLF
		default:
			r := rt.Repr(nl)
			if r == Nil {
				return -1
			}
			rt.Raise("ValueError", "illegal newline value: %s", rt.GoString(r))
			rt.Decref(r)
			return -1
		}
	}
	if value != Nil && value != rt.None && !rt.IsStr(value) {
		rt.Raise("TypeError", "initial_value must be str or None, not %s", rt.TypeNameOf(value))
		return -1
	}
	st := stateOf(rt, o)
	release(rt, st)
	st.pos = 0
	st.flags = uint32(mode) << nlShift
	if value != Nil && value != rt.None && rt.StrLen(value) > 0 {
		if !borrowText(rt, st, value, mode) && !writeStr(rt, st, value) {
			return -1
		}
		st.pos = 0
	}
	st.flags |= flagOK
	return 0
}

// borrowText makes the exact str value the stream's content without copying it
// when it needs no newline translation (recording the endings seen, as a write
// would), and reports whether it did.
func borrowText(rt *object.Runtime, st *state, value Ref, mode int) bool {
	if rt.TypeOf(value) != rt.StrType {
		return false
	}
	n := rt.StrLen(value)
	if mode != nlLF {
		lf, cr, crlf := newlineCounts(rt.StrData(value), rt.StrKind(value), n)
		if tr, _ := translation(mode, n, lf, cr, crlf); tr != nlLF {
			return false
		}
		if mode == nlNone || mode == nlEmpty {
			if lf > 0 {
				st.flags |= seenLF
			}
			if cr > 0 {
				st.flags |= seenCR
			}
			if crlf > 0 {
				st.flags |= seenCRLF
			}
		}
	}
	st.src = rt.New(value)
	st.size = int64(n)
	return true
}

// textMethod is a StringIO method taking between lo and hi positional
// arguments (hi -1: any), its name in messages being name, with the state
// checked first when check is set.
func textMethod(name, msgName string, lo, hi int, check bool, fn func(rt *object.Runtime, o Ref, st *state, args []Ref) Ref) object.MethodDef {
	return method(name, func(rt *object.Runtime, o Ref, args []Ref, kw Ref) Ref {
		if hi >= 0 && !rt.CheckArgs(msgName, args, kw, lo, hi) {
			return Nil
		}
		st := stateOf(rt, o)
		if check && !textCheck(rt, st) {
			return Nil
		}
		return fn(rt, o, st, args)
	})
}

func textMethods(ms *modState) []object.MethodDef {
	noargs := func(name string, fn func(rt *object.Runtime, o Ref, st *state, args []Ref) Ref) object.MethodDef {
		return textMethod(name, "StringIO."+name, 0, 0, true, fn)
	}
	isTrue := func(rt *object.Runtime, o Ref, st *state, args []Ref) Ref { return rt.NewBool(true) }
	return []object.MethodDef{
		method("write", func(rt *object.Runtime, o Ref, args []Ref, kw Ref) Ref {
			if len(args) != 1 || kw != Nil {
				if !rt.CheckArgs("StringIO.write", args, kw, 1, 1) {
					return Nil
				}
			}
			st := stateOf(rt, o)
			s := args[0]
			if st.flags == flagOK && st.pos == st.size && rt.IsStr(s) && rt.StrKind(s) == 1 {
				// The common case: Latin-1 text appended to a Latin-1 buffer
				// with room, newline "\n", open.
				n := rt.StrLen(s)
				if end := st.pos + int64(n); end <= int64(st.cap) {
					copy(bytesOf(rt, st, st.pos, end, 1), rt.StrData(s))
					st.pos, st.size = end, end
					return rt.NewInt(int64(n))
				}
			}
			if st.flags&flagOK == 0 {
				return raiseValue(rt, "I/O operation on uninitialized object")
			}
			if !rt.IsStr(s) {
				rt.Raise("TypeError", "string argument expected, got '%s'", rt.TypeNameOf(s))
				return Nil
			}
			if st.flags&flagClosed != 0 {
				return raiseValue(rt, "I/O operation on closed file")
			}
			n := rt.StrLen(s)
			if n > 0 && !writeStr(rt, st, s) {
				return Nil
			}
			return rt.NewInt(int64(n))
		}),
		noargs("getvalue", func(rt *object.Runtime, o Ref, st *state, args []Ref) Ref {
			return textOf(rt, st, 0, st.size)
		}),
		textMethod("read", "read", 0, 1, true, func(rt *object.Runtime, o Ref, st *state, args []Ref) Ref {
			size, ok := optSize(rt, arg0(args), -1)
			if !ok {
				return Nil
			}
			n := max(st.size-st.pos, 0)
			if size < 0 || int64(size) > n {
				size = int(n)
			}
			lo := st.pos
			st.pos += int64(size)
			return textOf(rt, st, lo, lo+int64(size))
		}),
		textMethod("readline", "readline", 0, 1, true, func(rt *object.Runtime, o Ref, st *state, args []Ref) Ref {
			size, ok := optSize(rt, arg0(args), -1)
			if !ok {
				return Nil
			}
			return readLine(rt, st, size)
		}),
		noargs("tell", func(rt *object.Runtime, o Ref, st *state, args []Ref) Ref {
			return rt.NewInt(st.pos)
		}),
		textMethod("truncate", "truncate", 0, 1, true, func(rt *object.Runtime, o Ref, st *state, args []Ref) Ref {
			size, ok := optSize(rt, arg0(args), -2)
			if !ok {
				return Nil
			}
			if size == -2 {
				size = int(st.pos)
			} else if size < 0 {
				rt.Raise("ValueError", "Negative size value %d", size)
				return Nil
			}
			if int64(size) < st.size {
				st.size = int64(size)
			}
			return rt.NewInt(int64(size))
		}),
		textMethod("seek", "seek", 1, 2, false, func(rt *object.Runtime, o Ref, st *state, args []Ref) Ref {
			pos, ok := ssize(rt, args[0])
			if !ok {
				return Nil
			}
			whence := 0
			if len(args) > 1 {
				if whence, ok = cint(rt, args[1]); !ok {
					return Nil
				}
			}
			if !textCheck(rt, st) {
				return Nil
			}
			switch {
			case whence != 0 && whence != 1 && whence != 2:
				rt.Raise("ValueError", "Invalid whence (%d, should be 0, 1 or 2)", whence)
				return Nil
			case pos < 0 && whence == 0:
				rt.Raise("ValueError", "Negative seek position %d", pos)
				return Nil
			case whence != 0 && pos != 0:
				rt.Raise("OSError", "Can't do nonzero cur-relative seeks")
				return Nil
			}
			switch whence {
			case 0:
				st.pos = int64(pos)
			case 2:
				st.pos = st.size
			}
			return rt.NewInt(st.pos)
		}),
		textMethod("close", "StringIO.close", 0, 0, false, func(rt *object.Runtime, o Ref, st *state, args []Ref) Ref {
			st.flags |= flagClosed
			release(rt, st)
			return rt.New(rt.None)
		}),
		noargs("readable", isTrue),
		noargs("writable", isTrue),
		noargs("seekable", isTrue),
		// From _IOBase and _TextIOBase.
		textMethod("flush", "_IOBase.flush", 0, 0, false, func(rt *object.Runtime, o Ref, st *state, args []Ref) Ref {
			return rt.New(rt.None)
		}),
		textMethod("isatty", "_IOBase.isatty", 0, 0, false, func(rt *object.Runtime, o Ref, st *state, args []Ref) Ref {
			if !checkClosedIOBase(rt, o, rt.TypeOf(o) == ms.stringIO) {
				return Nil
			}
			return rt.NewBool(false)
		}),
		textMethod("fileno", "_IOBase.fileno", 0, 0, false, func(rt *object.Runtime, o Ref, st *state, args []Ref) Ref {
			return unsupported(rt, o, "fileno")
		}),
		textMethod("detach", "_TextIOBase.detach", 0, 0, false, func(rt *object.Runtime, o Ref, st *state, args []Ref) Ref {
			return unsupported(rt, o, "detach")
		}),
		textMethod("__enter__", "_IOBase.__enter__", 0, 0, false, func(rt *object.Runtime, o Ref, st *state, args []Ref) Ref {
			if !checkClosedIOBase(rt, o, rt.TypeOf(o) == ms.stringIO) {
				return Nil
			}
			return rt.New(o)
		}),
		exitMethod(),
		textMethod("readlines", "readlines", 0, 1, false, func(rt *object.Runtime, o Ref, st *state, args []Ref) Ref {
			hint, ok := optSize(rt, arg0(args), -1)
			if !ok {
				return Nil
			}
			if rt.TypeOf(o) != ms.stringIO {
				return readlinesIter(rt, o, hint)
			}
			if !checkClosedIOBase(rt, o, true) {
				return Nil
			}
			l := rt.NewList(0)
			if l == Nil {
				return Nil
			}
			total := 0
			for {
				if !textCheck(rt, st) {
					rt.Decref(l)
					return Nil
				}
				line := readLine(rt, st, -1)
				if line == Nil {
					rt.Decref(l)
					return Nil
				}
				n := rt.StrLen(line)
				if n == 0 {
					rt.Decref(line)
					return l
				}
				r := rt.ListAppend(l, line)
				rt.Decref(line)
				if r < 0 {
					rt.Decref(l)
					return Nil
				}
				if hint > 0 {
					if n > hint-total {
						return l
					}
					total += n
				}
			}
		}),
		writelinesMethod("_IOBase.writelines", func(rt *object.Runtime, o Ref) bool { return rt.TypeOf(o) == ms.stringIO }, func(rt *object.Runtime, o, line Ref) bool {
			st := stateOf(rt, o)
			if !rt.IsStr(line) {
				rt.Raise("TypeError", "string argument expected, got '%s'", rt.TypeNameOf(line))
				return false
			}
			if !textCheck(rt, st) {
				return false
			}
			return rt.StrLen(line) == 0 || writeStr(rt, st, line)
		}),
	}
}

// raiseValue raises ValueError(msg) and returns Nil.
func raiseValue(rt *object.Runtime, msg string) Ref {
	rt.Raise("ValueError", "%s", msg)
	return Nil
}

// exitMethod is _IOBase.__exit__: self.close().
func exitMethod() object.MethodDef {
	return method("__exit__", func(rt *object.Runtime, o Ref, args []Ref, kw Ref) Ref {
		if !rt.NoKwargs("_IOBase.__exit__", kw) {
			return Nil
		}
		return rt.CallMethod(o, "close")
	})
}

// readlinesIter is _IOBase.readlines over iter(o): the lines until their total
// length passes hint (hint <= 0: all).
func readlinesIter(rt *object.Runtime, o Ref, hint int) Ref {
	it := rt.Iter(o)
	if it == Nil {
		return Nil
	}
	defer rt.Decref(it)
	l := rt.NewList(0)
	if l == Nil {
		return Nil
	}
	total := 0
	for {
		line := rt.Next(it)
		if line == Nil {
			if rt.Occurred() {
				rt.Decref(l)
				return Nil
			}
			return l
		}
		r := rt.ListAppend(l, line)
		if r < 0 {
			rt.Decref(line)
			rt.Decref(l)
			return Nil
		}
		if hint > 0 {
			n := rt.Len(line)
			rt.Decref(line)
			if n < 0 {
				rt.Decref(l)
				return Nil
			}
			if n > hint-total {
				return l
			}
			total += n
		} else {
			rt.Decref(line)
		}
	}
}

// writelinesMethod is _IOBase.writelines: the closed check, then self.write for
// each item (write directly on the exact type).
func writelinesMethod(msgName string, exact func(rt *object.Runtime, o Ref) bool, write func(rt *object.Runtime, o, line Ref) bool) object.MethodDef {
	return method("writelines", func(rt *object.Runtime, o Ref, args []Ref, kw Ref) Ref {
		if !rt.CheckArgs(msgName, args, kw, 1, 1) {
			return Nil
		}
		ex := exact(rt, o)
		if !checkClosedIOBase(rt, o, ex) {
			return Nil
		}
		it := rt.Iter(args[0])
		if it == Nil {
			return Nil
		}
		defer rt.Decref(it)
		for {
			line := rt.Next(it)
			if line == Nil {
				if rt.Occurred() {
					return Nil
				}
				return rt.New(rt.None)
			}
			var ok bool
			if ex {
				ok = write(rt, o, line)
			} else {
				r := rt.CallMethod(o, "write", line)
				ok = r != Nil
				rt.Decref(r)
			}
			rt.Decref(line)
			if !ok {
				return Nil
			}
		}
	})
}
