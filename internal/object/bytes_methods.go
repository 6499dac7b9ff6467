// The slots of bytes and the methods bytes and bytearray share (CPython's
// Objects/bytes_methods.c and stringlib), with CPython's argument handling and
// messages. See bytes.go for the representation, bytes_array.go for bytearray.

package object

import (
	"bytes"
	"math"
)

// A bytes iterator (bytes_iterator, bytearray_iterator) is header | seq Ref | index
// uint32: 16 bytes, not a container.
const (
	bytesIterOffSeq   = 8
	bytesIterOffIndex = 12
	bytesIterSize     = 16
)

func (rt *Runtime) initBytes() {
	rt.initBytesStatic()
	t := rt.BytesType
	t.Size, t.ItemSize = bytesOffData, 1
	t.Dealloc = func(rt *Runtime, r Ref) { rt.FreeObject(r) }
	t.Hash = func(rt *Runtime, r Ref) (int64, bool) { return rt.BytesHash(r), true }
	t.RichCompare = bytesRichCompare
	t.Repr = func(rt *Runtime, r Ref) Ref { return rt.NewStr(bytesReprString(rt.BytesData(r))) }
	t.Str = t.Repr
	t.New = bytesNew
	t.Iter = rt.bytesIterSlot("bytes_iterator")
	t.Sequence = &SequenceSlots{
		Length: func(rt *Runtime, r Ref) int { return rt.BytesLen(r) },
		Concat: bytesConcat,
		Repeat: func(rt *Runtime, r Ref, n int) Ref { return rt.bytesRepeat(r, n) },
		Item: func(rt *Runtime, r Ref, i int) Ref {
			d := rt.BytesData(r)
			if i < 0 || i >= len(d) {
				rt.Raise("IndexError", "index out of range")
				return Nil
			}
			return MakeSmallInt(int64(d[i]))
		},
		Contains: bytesContains,
	}
	t.Mapping = &MappingSlots{
		Length:    func(rt *Runtime, r Ref) int { return rt.BytesLen(r) },
		Subscript: bytesSubscript,
	}
	t.Number = &NumberSlots{Remainder: bytesRemainder}
	t.Methods = append(bytesSharedMethods("bytes"),
		MethodDef{Name: "__getnewargs__", Fn: func(rt *Runtime, self Ref, args []Ref, kwnames Ref) Ref {
			if !rt.CheckArgs("bytes.__getnewargs__", args, kwnames, 0, 0) {
				return Nil
			}
			b := rt.NewBytes(rt.BytesData(self))
			if b == Nil {
				return Nil
			}
			return rt.TuplePack(b)
		}},
		MethodDef{Name: "__bytes__", Fn: func(rt *Runtime, self Ref, args []Ref, kwnames Ref) Ref {
			if !rt.CheckArgs("bytes.__bytes__", args, kwnames, 0, 0) {
				return Nil
			}
			if rt.TypeOf(self) == rt.BytesType {
				return rt.New(self)
			}
			return rt.NewBytes(rt.BytesData(self))
		}},
	)
}

// bytesIterSlot defines the iterator type of bytes or bytearray and returns the Iter
// slot that makes one.
func (rt *Runtime) bytesIterSlot(name string) UnaryFunc {
	it := rt.defType(name, rt.ObjectType, bytesIterSize, 0)
	it.Dealloc = func(rt *Runtime, r Ref) {
		rt.Replace(rt.RefAt(r, bytesIterOffSeq), Nil)
		rt.FreeObject(r)
	}
	it.Iter = func(rt *Runtime, r Ref) Ref { return rt.New(r) }
	it.Next = func(rt *Runtime, r Ref) Ref {
		seq := *rt.RefAt(r, bytesIterOffSeq)
		if seq == Nil {
			return Nil
		}
		d, _ := rt.BytesLikeData(seq)
		i := rt.Uint32At(r, bytesIterOffIndex)
		if int(*i) >= len(d) {
			rt.Replace(rt.RefAt(r, bytesIterOffSeq), Nil)
			return Nil
		}
		v := d[*i]
		*i++
		return MakeSmallInt(int64(v))
	}
	it.Methods = []MethodDef{{Name: "__length_hint__", Fn: func(rt *Runtime, r Ref, args []Ref, kwnames Ref) Ref {
		seq := *rt.RefAt(r, bytesIterOffSeq)
		if seq == Nil {
			return MakeSmallInt(0)
		}
		d, _ := rt.BytesLikeData(seq)
		return rt.NewInt(int64(max(0, len(d)-int(*rt.Uint32At(r, bytesIterOffIndex)))))
	}}}
	return func(rt *Runtime, seq Ref) Ref {
		r := rt.AllocObject(it, bytesIterSize)
		if r == Nil {
			return Nil
		}
		*rt.RefAt(r, bytesIterOffSeq) = rt.New(seq)
		return r
	}
}

// bytesReprString returns b'...' for data, as CPython's bytes repr writes it.
func bytesReprString(data []byte) string { return bytesReprQuoted(data, false) }

// bytesReprQuoted writes b'...'; escapeSingle escapes every "'" even inside double
// quotes, as CPython's bytearray repr does (bytearray(b"it\'s")).
func bytesReprQuoted(data []byte, escapeSingle bool) string {
	quote := byte('\'')
	if bytes.IndexByte(data, '\'') >= 0 && bytes.IndexByte(data, '"') < 0 {
		quote = '"'
	}
	out := make([]byte, 0, len(data)+3)
	out = append(out, 'b', quote)
	for _, c := range data {
		switch {
		case c == quote || c == '\\' || escapeSingle && c == '\'':
			out = append(out, '\\', c)
		case c == '\t':
			out = append(out, '\\', 't')
		case c == '\n':
			out = append(out, '\\', 'n')
		case c == '\r':
			out = append(out, '\\', 'r')
		case c < ' ' || c >= 0x7f:
			out = append(out, '\\', 'x', hexDigits[c>>4], hexDigits[c&15])
		default:
			out = append(out, c)
		}
	}
	return string(append(out, quote))
}

// isByteArray reports whether r is a bytearray (or an instance of a subclass).
func (rt *Runtime) isByteArray(r Ref) bool {
	return r&1 == 0 && r != Nil && rt.IsInstance(r, rt.ByteArrayType)
}

// bytesResult returns data as an object of self's family: a bytearray for a
// bytearray, a bytes otherwise.
func (rt *Runtime) bytesResult(self Ref, data []byte) Ref {
	if rt.isByteArray(self) {
		return rt.NewByteArray(data)
	}
	return rt.NewBytes(data)
}

func (rt *Runtime) bytesFamilyName(self Ref) string {
	if rt.isByteArray(self) {
		return "bytearray"
	}
	return "bytes"
}

func bytesRichCompare(rt *Runtime, a, b Ref, op CompareOp) Ref {
	da, ok1 := rt.BytesLikeData(a)
	db, ok2 := rt.BytesLikeData(b)
	if !ok1 || !ok2 {
		return rt.New(rt.NotImplemented)
	}
	c := bytes.Compare(da, db)
	var v bool
	switch op {
	case LT:
		v = c < 0
	case LE:
		v = c <= 0
	case EQ:
		v = c == 0
	case NE:
		v = c != 0
	case GT:
		v = c > 0
	default:
		v = c >= 0
	}
	return rt.NewBool(v)
}

func bytesConcat(rt *Runtime, a, b Ref) Ref {
	da, ok1 := rt.BytesLikeData(a)
	db, ok2 := rt.BytesLikeData(b)
	if !ok1 || !ok2 {
		bad := b
		if !ok1 {
			bad = a
		}
		rt.Raise("TypeError", "can't concat %s to %s", rt.TypeNameOf(bad), rt.TypeNameOf(a))
		return Nil
	}
	out := make([]byte, 0, len(da)+len(db))
	out = append(append(out, da...), db...)
	return rt.bytesResult(a, out)
}

func (rt *Runtime) bytesRepeat(r Ref, n int) Ref {
	d, _ := rt.BytesLikeData(r)
	if n <= 0 || len(d) == 0 {
		return rt.bytesResult(r, nil)
	}
	if n == 1 && rt.TypeOf(r) == rt.BytesType {
		return rt.New(r)
	}
	if len(d) > maxStrLen/n {
		if len(d) > math.MaxInt64/n {
			rt.Raise("OverflowError", "repeated bytes are too long")
			return Nil
		}
		return rt.NoMemory()
	}
	if !rt.HasRoom(uintptr(len(d) * n)) {
		return rt.NoMemory() // before the Go-side copy, which the limit does not see
	}
	return rt.bytesResult(r, bytes.Repeat(d, n))
}

// byteArg converts an int argument that must be a byte value.
func (rt *Runtime) byteArg(v Ref) (byte, bool) {
	i, ok := rt.AsIndex(v, "OverflowError")
	if !ok {
		if rt.ErrMatchesName("OverflowError") {
			rt.ClearErr()
			rt.Raise("ValueError", "byte must be in range(0, 256)")
		}
		return 0, false
	}
	if i < 0 || i > 255 {
		rt.Raise("ValueError", "byte must be in range(0, 256)")
		return 0, false
	}
	return byte(i), true
}

// hasIndex reports whether v can be used as an integer (__index__).
func (rt *Runtime) hasIndex(v Ref) bool {
	if v&1 != 0 {
		return true
	}
	n := rt.TypeOf(v).Number
	return n != nil && n.Index != nil
}

func bytesContains(rt *Runtime, self, v Ref) int {
	d, _ := rt.BytesLikeData(self)
	if sub, ok := rt.BytesLikeData(v); ok {
		if bytes.Contains(d, sub) {
			return 1
		}
		return 0
	}
	if !rt.hasIndex(v) {
		rt.Raise("TypeError", "a bytes-like object is required, not '%s'", rt.TypeNameOf(v))
		return -1
	}
	c, ok := rt.byteArg(v)
	if !ok {
		return -1
	}
	if bytes.IndexByte(d, c) >= 0 {
		return 1
	}
	return 0
}

func bytesSubscript(rt *Runtime, self, key Ref) Ref {
	d, _ := rt.BytesLikeData(self)
	if rt.IsSlice(key) {
		start, _, step, count, ok := rt.SliceIndices(key, len(d))
		if !ok {
			return Nil
		}
		if step == 1 {
			if count == len(d) && rt.TypeOf(self) == rt.BytesType {
				return rt.New(self)
			}
			return rt.bytesResult(self, d[start:start+count])
		}
		out := make([]byte, count)
		for i := range count {
			out[i] = d[start+i*step]
		}
		return rt.bytesResult(self, out)
	}
	if !rt.hasIndex(key) {
		if rt.isByteArray(self) {
			rt.Raise("TypeError", "bytearray indices must be integers or slices, not %s", rt.TypeNameOf(key))
		} else {
			rt.Raise("TypeError", "byte indices must be integers or slices, not %s", rt.TypeNameOf(key))
		}
		return Nil
	}
	i, ok := rt.AsIndex(key, "IndexError")
	if !ok {
		return Nil
	}
	if i < 0 {
		i += len(d)
	}
	if i < 0 || i >= len(d) {
		if rt.isByteArray(self) {
			rt.Raise("IndexError", "bytearray index out of range")
		} else {
			rt.Raise("IndexError", "index out of range")
		}
		return Nil
	}
	return MakeSmallInt(int64(d[i]))
}

// bytesFromObject converts the source argument of bytes() and bytearray() (no
// encoding given) to data: an int count of zeros, a buffer, or an iterable of ints.
func (rt *Runtime) bytesFromObject(x Ref, typeName string) ([]byte, bool) {
	if d, ok := rt.BytesLikeData(x); ok {
		return append([]byte(nil), d...), true
	}
	if rt.IsStr(x) {
		rt.Raise("TypeError", "string argument without an encoding")
		return nil, false
	}
	if rt.hasIndex(x) {
		n, ok := rt.AsIndex(x, "OverflowError")
		if !ok {
			if rt.ErrMatchesName("OverflowError") {
				rt.ClearErr()
				rt.Raise("OverflowError", "cannot fit '%s' into an index-sized integer", rt.TypeNameOf(x))
			}
			return nil, false
		}
		if n < 0 {
			rt.Raise("ValueError", "negative count")
			return nil, false
		}
		if n > maxStrLen || !rt.HasRoom(uintptr(n)) {
			rt.NoMemory()
			return nil, false
		}
		return make([]byte, n), true
	}
	if !rt.isIterable(x) {
		rt.Raise("TypeError", "cannot convert '%s' object to %s", rt.TypeNameOf(x), typeName)
		return nil, false
	}
	items, ok := rt.iterItems(x)
	if !ok {
		return nil, false
	}
	defer rt.decrefAll(items)
	out := make([]byte, len(items))
	for i, it := range items {
		v, ok := rt.AsIndex(it, "OverflowError")
		if !ok {
			if rt.ErrMatchesName("OverflowError") {
				rt.ClearErr()
				v = -1
			} else {
				return nil, false
			}
		}
		if v < 0 || v > 255 {
			if typeName == "bytes" {
				rt.Raise("ValueError", "bytes must be in range(0, 256)")
			} else {
				rt.Raise("ValueError", "byte must be in range(0, 256)")
			}
			return nil, false
		}
		out[i] = byte(v)
	}
	return out, true
}

// bytesCtorData implements the argument handling bytes() and bytearray() share.
func (rt *Runtime) bytesCtorData(typeName string, args []Ref, kwnames Ref) ([]byte, bool) {
	a, ok := rt.parseKw(typeName, args, kwnames, []string{"source", "encoding", "errors"}, 0, 0)
	if !ok {
		return nil, false
	}
	src, enc, errs := a[0], a[1], a[2]
	if src == Nil {
		if enc != Nil {
			rt.Raise("TypeError", "encoding without a string argument")
			return nil, false
		}
		if errs != Nil {
			rt.Raise("TypeError", "errors without a string argument")
			return nil, false
		}
		return nil, true
	}
	if enc != Nil || errs != Nil {
		if !rt.IsStr(src) {
			if enc != Nil {
				rt.Raise("TypeError", "encoding without a string argument")
			} else {
				rt.Raise("TypeError", "errors without a string argument")
			}
			return nil, false
		}
		if enc == Nil {
			rt.Raise("TypeError", "string argument without an encoding")
			return nil, false
		}
		e, h, ok := rt.codecArgs(typeName, enc, errs)
		if !ok {
			return nil, false
		}
		b := rt.Encode(src, e, h)
		if b == Nil {
			return nil, false
		}
		defer rt.Decref(b)
		return append([]byte(nil), rt.BytesData(b)...), true
	}
	return rt.bytesFromObject(src, typeName)
}

func bytesNew(rt *Runtime, t *Type, args []Ref, kwnames Ref) Ref {
	// bytes(x) calls x.__bytes__ when x's type has it.
	if len(args) == 1 && kwnames == Nil && rt.TypeOf(args[0]) != rt.BytesType {
		if m := rt.LookupType(rt.TypeOf(args[0]), rt.internedOrNil("__bytes__")); m != Nil {
			f := rt.GetAttrString(args[0], "__bytes__")
			if f == Nil {
				return Nil
			}
			r := rt.Call(f, nil, Nil)
			rt.Decref(f)
			if r == Nil {
				return Nil
			}
			if !rt.IsBytes(r) {
				rt.Raise("TypeError", "__bytes__ returned non-bytes (type %s)", rt.TypeNameOf(r))
				rt.Decref(r)
				return Nil
			}
			if t == rt.BytesType {
				return r
			}
			defer rt.Decref(r)
			return rt.newBytesOfType(t, rt.BytesData(r))
		}
	}
	if len(args) == 1 && kwnames == Nil && rt.TypeOf(args[0]) == rt.BytesType && t == rt.BytesType {
		return rt.New(args[0])
	}
	data, ok := rt.bytesCtorData("bytes", args, kwnames)
	if !ok {
		return Nil
	}
	return rt.newBytesOfType(t, data)
}

// ---------------------------------------------------------------- shared methods

// bytesSharedMethods returns the methods bytes and bytearray share; typeName
// qualifies their error messages ("bytes.isalpha() takes no arguments").
func bytesSharedMethods(typeName string) []MethodDef {
	data := func(rt *Runtime, self Ref) []byte { d, _ := rt.BytesLikeData(self); return d }
	noArgs := func(name string, f func(rt *Runtime, self Ref, d []byte) Ref) MethodDef {
		return MethodDef{Name: name, Fn: func(rt *Runtime, self Ref, args []Ref, kwnames Ref) Ref {
			if !rt.checkArgsQ(typeName, name, args, kwnames, 0, 0) {
				return Nil
			}
			return f(rt, self, data(rt, self))
		}}
	}
	pred := func(name string, empty bool, f func(c byte) bool) MethodDef {
		return noArgs(name, func(rt *Runtime, self Ref, d []byte) Ref {
			if len(d) == 0 {
				return rt.NewBool(empty)
			}
			for _, c := range d {
				if !f(c) {
					return rt.False
				}
			}
			return rt.True
		})
	}
	mapBytes := func(name string, f func(d []byte) []byte) MethodDef {
		return noArgs(name, func(rt *Runtime, self Ref, d []byte) Ref { return rt.bytesResult(self, f(d)) })
	}
	withArgs := func(name string, f func(rt *Runtime, self Ref, d []byte, args []Ref, kwnames Ref) Ref) MethodDef {
		return MethodDef{Name: name, Fn: func(rt *Runtime, self Ref, args []Ref, kwnames Ref) Ref {
			return f(rt, self, data(rt, self), args, kwnames)
		}}
	}
	find := func(name string) MethodDef {
		return withArgs(name, func(rt *Runtime, self Ref, d []byte, args []Ref, kwnames Ref) Ref {
			return rt.bytesFind(typeName, name, d, args, kwnames)
		})
	}
	tail := func(name string) MethodDef {
		return withArgs(name, func(rt *Runtime, self Ref, d []byte, args []Ref, kwnames Ref) Ref {
			return rt.bytesTailMatch(typeName, name, d, args, kwnames)
		})
	}
	pad := func(name string) MethodDef {
		return withArgs(name, func(rt *Runtime, self Ref, d []byte, args []Ref, kwnames Ref) Ref {
			return rt.bytesPad(self, typeName, name, d, args, kwnames)
		})
	}
	strip := func(name string, left, right bool) MethodDef {
		return withArgs(name, func(rt *Runtime, self Ref, d []byte, args []Ref, kwnames Ref) Ref {
			if !rt.checkPos(typeName, name, args, kwnames, 0, 1) {
				return Nil
			}
			isStrip := func(c byte) bool { return isASCIISpace(c) }
			if len(args) > 0 && args[0] != rt.None {
				chars, ok := rt.bytesLike(args[0])
				if !ok {
					return Nil
				}
				isStrip = func(c byte) bool { return bytes.IndexByte(chars, c) >= 0 }
			}
			i, j := 0, len(d)
			if left {
				for i < j && isStrip(d[i]) {
					i++
				}
			}
			if right {
				for j > i && isStrip(d[j-1]) {
					j--
				}
			}
			return rt.bytesResult(self, d[i:j])
		})
	}
	split := func(name string) MethodDef {
		return withArgs(name, func(rt *Runtime, self Ref, d []byte, args []Ref, kwnames Ref) Ref {
			return rt.bytesSplit(self, name, d, args, kwnames)
		})
	}
	partition := func(name string) MethodDef {
		return withArgs(name, func(rt *Runtime, self Ref, d []byte, args []Ref, kwnames Ref) Ref {
			if !rt.checkArgsQ(typeName, name, args, kwnames, 1, 1) {
				return Nil
			}
			sep, ok := rt.bytesLike(args[0])
			if !ok {
				return Nil
			}
			if len(sep) == 0 {
				rt.Raise("ValueError", "empty separator")
				return Nil
			}
			sep = append([]byte(nil), sep...)
			var i int
			if name == "partition" {
				i = bytes.Index(d, sep)
			} else {
				i = bytes.LastIndex(d, sep)
			}
			var a, b, c []byte
			switch {
			case i >= 0:
				a, b, c = d[:i], sep, d[i+len(sep):]
			case name == "partition":
				a = d
			default:
				c = d
			}
			return rt.TuplePack(rt.bytesResult(self, a), rt.bytesResult(self, b), rt.bytesResult(self, c))
		})
	}
	affix := func(name string) MethodDef {
		return withArgs(name, func(rt *Runtime, self Ref, d []byte, args []Ref, kwnames Ref) Ref {
			if !rt.checkArgsQ(typeName, name, args, kwnames, 1, 1) {
				return Nil
			}
			a, ok := rt.bytesLike(args[0])
			if !ok {
				return Nil
			}
			if name == "removeprefix" && len(a) > 0 && bytes.HasPrefix(d, a) {
				return rt.bytesResult(self, d[len(a):])
			}
			if name == "removesuffix" && len(a) > 0 && bytes.HasSuffix(d, a) {
				return rt.bytesResult(self, d[:len(d)-len(a)])
			}
			if rt.TypeOf(self) == rt.BytesType {
				return rt.New(self)
			}
			return rt.bytesResult(self, d)
		})
	}
	return []MethodDef{
		pred("isalnum", false, func(c byte) bool { return isASCIIAlpha(c) || c >= '0' && c <= '9' }),
		pred("isalpha", false, isASCIIAlpha),
		pred("isascii", true, func(c byte) bool { return c < 0x80 }),
		pred("isdigit", false, func(c byte) bool { return c >= '0' && c <= '9' }),
		pred("isspace", false, isASCIISpace),
		noArgs("islower", func(rt *Runtime, self Ref, d []byte) Ref {
			cased := false
			for _, c := range d {
				if c >= 'A' && c <= 'Z' {
					return rt.False
				}
				cased = cased || c >= 'a' && c <= 'z'
			}
			return rt.NewBool(cased)
		}),
		noArgs("isupper", func(rt *Runtime, self Ref, d []byte) Ref {
			cased := false
			for _, c := range d {
				if c >= 'a' && c <= 'z' {
					return rt.False
				}
				cased = cased || c >= 'A' && c <= 'Z'
			}
			return rt.NewBool(cased)
		}),
		noArgs("istitle", func(rt *Runtime, self Ref, d []byte) Ref {
			cased, prev := false, false
			for _, c := range d {
				switch {
				case c >= 'A' && c <= 'Z':
					if prev {
						return rt.False
					}
					prev, cased = true, true
				case c >= 'a' && c <= 'z':
					if !prev {
						return rt.False
					}
					prev, cased = true, true
				default:
					prev = false
				}
			}
			return rt.NewBool(cased)
		}),
		mapBytes("lower", func(d []byte) []byte { return asciiMap(d, func(i int, c byte) byte { return toLowerASCII(c) }) }),
		mapBytes("upper", func(d []byte) []byte { return asciiMap(d, func(i int, c byte) byte { return toUpperASCII(c) }) }),
		mapBytes("swapcase", func(d []byte) []byte {
			return asciiMap(d, func(i int, c byte) byte {
				if c >= 'a' && c <= 'z' {
					return c - 32
				}
				return toLowerASCII(c)
			})
		}),
		mapBytes("capitalize", func(d []byte) []byte {
			return asciiMap(d, func(i int, c byte) byte {
				if i == 0 {
					return toUpperASCII(c)
				}
				return toLowerASCII(c)
			})
		}),
		mapBytes("title", func(d []byte) []byte {
			out := make([]byte, len(d))
			prev := false
			for i, c := range d {
				if prev {
					out[i] = toLowerASCII(c)
				} else {
					out[i] = toUpperASCII(c)
				}
				prev = isASCIIAlpha(c)
			}
			return out
		}),
		find("count"), find("find"), find("rfind"), find("index"), find("rindex"),
		tail("startswith"), tail("endswith"),
		pad("center"), pad("ljust"), pad("rjust"),
		withArgs("zfill", func(rt *Runtime, self Ref, d []byte, args []Ref, kwnames Ref) Ref {
			if !rt.checkArgsQ(typeName, "zfill", args, kwnames, 1, 1) {
				return Nil
			}
			w, ok := rt.AsIndex(args[0], "OverflowError")
			if !ok {
				return Nil
			}
			if w <= len(d) {
				if rt.TypeOf(self) == rt.BytesType {
					return rt.New(self)
				}
				return rt.bytesResult(self, d)
			}
			if w > maxStrLen {
				rt.NoMemory()
				return Nil
			}
			out := make([]byte, 0, w)
			rest := d
			if len(d) > 0 && (d[0] == '+' || d[0] == '-') {
				out = append(out, d[0])
				rest = d[1:]
			}
			out = append(out, bytes.Repeat([]byte{'0'}, w-len(d))...)
			return rt.bytesResult(self, append(out, rest...))
		}),
		withArgs("expandtabs", func(rt *Runtime, self Ref, d []byte, args []Ref, kwnames Ref) Ref {
			a, ok := rt.parseKw("expandtabs", args, kwnames, []string{"tabsize"}, 0, 0)
			if !ok {
				return Nil
			}
			tab, ok := rt.cIntArg(a[0], 8)
			if !ok {
				return Nil
			}
			var out []byte
			col := 0
			for _, c := range d {
				switch c {
				case '\t':
					if tab > 0 {
						inc := tab - col%tab
						if len(out)+inc > maxStrLen {
							rt.Raise("OverflowError", "result too long")
							return Nil
						}
						col += inc
						out = append(out, bytes.Repeat([]byte{' '}, inc)...)
					}
				case '\n', '\r':
					col = 0
					out = append(out, c)
				default:
					col++
					out = append(out, c)
				}
			}
			return rt.bytesResult(self, out)
		}),
		strip("strip", true, true), strip("lstrip", true, false), strip("rstrip", false, true),
		split("split"), split("rsplit"),
		withArgs("splitlines", func(rt *Runtime, self Ref, d []byte, args []Ref, kwnames Ref) Ref {
			a, ok := rt.parseKw("splitlines", args, kwnames, []string{"keepends"}, 0, 0)
			if !ok {
				return Nil
			}
			keep := false
			if a[0] != Nil {
				k, ok := rt.AsIndex(a[0], "OverflowError")
				if !ok {
					return Nil
				}
				keep = k != 0
			}
			var pbuf [16][2]int
			parts := splitLines(pbuf[:0], len(d), func(i int) rune { return rune(d[i]) }, func(c rune) bool { return c == '\n' || c == '\r' }, keep)
			return rt.bytesParts(self, d, parts)
		}),
		partition("partition"), partition("rpartition"),
		affix("removeprefix"), affix("removesuffix"),
		withArgs("replace", func(rt *Runtime, self Ref, d []byte, args []Ref, kwnames Ref) Ref {
			if !rt.checkPos(typeName, "replace", args, kwnames, 2, 3) {
				return Nil
			}
			old, ok := rt.bytesLike(args[0])
			if !ok {
				return Nil
			}
			nw, ok := rt.bytesLike(args[1])
			if !ok {
				return Nil
			}
			count := -1
			if len(args) > 2 {
				if count, ok = rt.AsIndex(args[2], "OverflowError"); !ok {
					return Nil
				}
			}
			return rt.bytesResult(self, bytesReplace(d, old, nw, count))
		}),
		withArgs("join", func(rt *Runtime, self Ref, d []byte, args []Ref, kwnames Ref) Ref {
			if !rt.checkArgsQ(typeName, "join", args, kwnames, 1, 1) {
				return Nil
			}
			items, ok := rt.iterItems(args[0])
			if !ok {
				if rt.ErrMatchesName("TypeError") && !rt.isIterable(args[0]) {
					rt.ClearErr()
					rt.Raise("TypeError", "can only join an iterable")
				}
				return Nil
			}
			defer rt.decrefAll(items)
			var out []byte
			for i, it := range items {
				b, ok := rt.BytesLikeData(it)
				if !ok {
					rt.Raise("TypeError", "sequence item %d: expected a bytes-like object, %s found", i, rt.TypeNameOf(it))
					return Nil
				}
				if i > 0 {
					out = append(out, d...)
				}
				out = append(out, b...)
			}
			return rt.bytesResult(self, out)
		}),
		withArgs("decode", func(rt *Runtime, self Ref, d []byte, args []Ref, kwnames Ref) Ref {
			a, ok := rt.parseKw("decode", args, kwnames, []string{"encoding", "errors"}, 0, 0)
			if !ok {
				return Nil
			}
			enc, errs, ok := rt.codecArgs("decode", a[0], a[1])
			if !ok {
				return Nil
			}
			return rt.Decode(d, enc, errs)
		}),
		withArgs("hex", func(rt *Runtime, self Ref, d []byte, args []Ref, kwnames Ref) Ref {
			return rt.bytesHex(d, args, kwnames)
		}),
		withArgs("translate", func(rt *Runtime, self Ref, d []byte, args []Ref, kwnames Ref) Ref {
			a, ok := rt.parseKw("translate", args, kwnames, []string{"table", "delete"}, 1, 1)
			if !ok {
				return Nil
			}
			var table []byte
			if a[0] != rt.None {
				if table, ok = rt.bytesLike(a[0]); !ok {
					return Nil
				}
				if len(table) != 256 {
					rt.Raise("ValueError", "translation table must be 256 characters long")
					return Nil
				}
			}
			var del []byte
			if a[1] != Nil {
				if del, ok = rt.bytesLike(a[1]); !ok {
					return Nil
				}
			}
			out := make([]byte, 0, len(d))
			for _, c := range d {
				if bytes.IndexByte(del, c) >= 0 {
					continue
				}
				if table != nil {
					c = table[c]
				}
				out = append(out, c)
			}
			return rt.bytesResult(self, out)
		}),
		{Name: "fromhex", Kind: ClassMethod, Fn: bytesFromHex},
		{Name: "maketrans", Kind: StaticMethod, Fn: func(rt *Runtime, _ Ref, args []Ref, kwnames Ref) Ref {
			if !rt.checkPos(typeName, "maketrans", args, kwnames, 2, 2) {
				return Nil
			}
			from, ok := rt.bytesLike(args[0])
			if !ok {
				return Nil
			}
			to, ok := rt.bytesLike(args[1])
			if !ok {
				return Nil
			}
			if len(from) != len(to) {
				rt.Raise("ValueError", "maketrans arguments must have same length")
				return Nil
			}
			table := make([]byte, 256)
			for i := range table {
				table[i] = byte(i)
			}
			for i, c := range from {
				table[c] = to[i]
			}
			return rt.NewBytes(table)
		}},
		{Name: "__sizeof__", Fn: func(rt *Runtime, self Ref, args []Ref, kwnames Ref) Ref {
			if !rt.checkArgsQ(typeName, "__sizeof__", args, kwnames, 0, 0) {
				return Nil
			}
			n := rt.BlockSize(self)
			if rt.isByteArray(self) {
				n += uintptr(*rt.Uint32At(self, baOffAlloc))
			}
			return rt.NewInt(int64(n))
		}},
	}
}

func isASCIIAlpha(c byte) bool { return c|0x20 >= 'a' && c|0x20 <= 'z' }
func isASCIISpace(c byte) bool { return c == ' ' || c >= '\t' && c <= '\r' }

func toLowerASCII(c byte) byte {
	if c >= 'A' && c <= 'Z' {
		return c + 32
	}
	return c
}

func toUpperASCII(c byte) byte {
	if c >= 'a' && c <= 'z' {
		return c - 32
	}
	return c
}

func asciiMap(d []byte, f func(i int, c byte) byte) []byte {
	out := make([]byte, len(d))
	for i, c := range d {
		out[i] = f(i, c)
	}
	return out
}

// bytesSubArg converts the sub argument of count, find, index...: a bytes-like
// object or an int byte value.
func (rt *Runtime) bytesSubArg(v Ref) ([]byte, bool) {
	if d, ok := rt.BytesLikeData(v); ok {
		return append([]byte(nil), d...), true
	}
	if !rt.hasIndex(v) {
		rt.Raise("TypeError", "argument should be integer or bytes-like object, not '%s'", rt.TypeNameOf(v))
		return nil, false
	}
	c, ok := rt.byteArg(v)
	return []byte{c}, ok
}

func (rt *Runtime) bytesFind(typeName, name string, d []byte, args []Ref, kwnames Ref) Ref {
	if !rt.checkOldArgs(typeName, name, args, kwnames, 1, 3) {
		return Nil
	}
	sub, ok := rt.bytesSubArg(args[0])
	if !ok {
		return Nil
	}
	n := len(d)
	start, end, ok := rt.findBounds(args[1:], n)
	if !ok {
		return Nil
	}
	if name == "count" {
		if start > n || start > end {
			return MakeSmallInt(0)
		}
		if len(sub) == 0 {
			return rt.NewInt(int64(end - start + 1))
		}
		return rt.NewInt(int64(bytes.Count(d[start:end], sub)))
	}
	i := -1
	if start <= n && start <= end && end-start >= len(sub) {
		if name == "find" || name == "index" {
			i = bytes.Index(d[start:end], sub)
		} else {
			i = bytes.LastIndex(d[start:end], sub)
		}
		if i >= 0 {
			i += start
		}
	}
	if i < 0 && (name == "index" || name == "rindex") {
		rt.Raise("ValueError", "subsection not found")
		return Nil
	}
	return rt.NewInt(int64(i))
}

func (rt *Runtime) bytesTailMatch(typeName, name string, d []byte, args []Ref, kwnames Ref) Ref {
	if !rt.checkOldArgs(typeName, name, args, kwnames, 1, 3) {
		return Nil
	}
	n := len(d)
	start, end, ok := rt.findBounds(args[1:], n)
	if !ok {
		return Nil
	}
	match := func(sub []byte) bool {
		m := len(sub)
		if end-m < start || start > n {
			return false
		}
		if name == "startswith" {
			return bytes.Equal(d[start:start+m], sub)
		}
		return bytes.Equal(d[end-m:end], sub)
	}
	x := args[0]
	if rt.TypeOf(x).Flags&TypeTupleSubclass != 0 {
		for _, it := range rt.TupleItems(x) {
			sub, ok := rt.bytesLike(it)
			if !ok {
				return Nil
			}
			if match(sub) {
				return rt.True
			}
		}
		return rt.False
	}
	sub, ok := rt.BytesLikeData(x)
	if !ok {
		rt.Raise("TypeError", "%s first arg must be bytes or a tuple of bytes, not %s", name, rt.TypeNameOf(x))
		return Nil
	}
	return rt.NewBool(match(sub))
}

func (rt *Runtime) bytesPad(self Ref, typeName, name string, d []byte, args []Ref, kwnames Ref) Ref {
	if !rt.checkPos(typeName, name, args, kwnames, 1, 2) {
		return Nil
	}
	width, ok := rt.AsIndex(args[0], "OverflowError")
	if !ok {
		return Nil
	}
	fill := byte(' ')
	if len(args) > 1 {
		f, ok := rt.BytesLikeData(args[1])
		if !ok || len(f) != 1 {
			rt.Raise("TypeError", "%s() argument 2 must be a byte string of length 1, not %s", name, rt.TypeNameOf(args[1]))
			return Nil
		}
		fill = f[0]
	}
	n := len(d)
	if width <= n {
		if rt.TypeOf(self) == rt.BytesType {
			return rt.New(self)
		}
		return rt.bytesResult(self, d)
	}
	if width > maxStrLen {
		rt.NoMemory()
		return Nil
	}
	marg := width - n
	left := 0
	switch name {
	case "center":
		left = marg/2 + (marg & width & 1)
	case "rjust":
		left = marg
	}
	out := make([]byte, 0, width)
	out = append(out, bytes.Repeat([]byte{fill}, left)...)
	out = append(out, d...)
	out = append(out, bytes.Repeat([]byte{fill}, marg-left)...)
	return rt.bytesResult(self, out)
}

func (rt *Runtime) bytesSplit(self Ref, name string, d []byte, args []Ref, kwnames Ref) Ref {
	a, ok := rt.parseKw(name, args, kwnames, []string{"sep", "maxsplit"}, 0, 0)
	if !ok {
		return Nil
	}
	maxsplit, ok := rt.argIndex(a[1], -1)
	if !ok {
		return Nil
	}
	if maxsplit < 0 {
		maxsplit = maxStrLen
	}
	var pbuf [16][2]int
	var parts [][2]int
	if a[0] == Nil || a[0] == rt.None {
		parts = splitWhitespace(pbuf[:0], len(d), func(i int) bool { return isASCIISpace(d[i]) }, maxsplit, name == "rsplit")
	} else {
		sep, ok := rt.bytesLike(a[0])
		if !ok {
			return Nil
		}
		if len(sep) == 0 {
			rt.Raise("ValueError", "empty separator")
			return Nil
		}
		parts = splitSep(pbuf[:0], len(d), len(sep), maxsplit, name == "rsplit",
			func(from, to int) int {
				if i := bytes.Index(d[from:to], sep); i >= 0 {
					return from + i
				}
				return -1
			},
			func(from, to int) int {
				if i := bytes.LastIndex(d[from:to], sep); i >= 0 {
					return from + i
				}
				return -1
			})
	}
	return rt.bytesParts(self, d, parts)
}

// bytesParts returns the list of the pieces of d at parts.
func (rt *Runtime) bytesParts(self Ref, d []byte, parts [][2]int) Ref {
	var ibuf [16]Ref
	items := ibuf[:0]
	for _, p := range parts {
		it := rt.bytesResult(self, d[p[0]:p[1]])
		if it == Nil {
			rt.decrefAll(items)
			return Nil
		}
		items = append(items, it)
	}
	return rt.newListSteal(items)
}

// bytesHex implements bytes.hex(sep=<none>, bytes_per_sep=1).
func (rt *Runtime) bytesHex(d []byte, args []Ref, kwnames Ref) Ref {
	a, ok := rt.parseKw("hex", args, kwnames, []string{"sep", "bytes_per_sep"}, 0, 0)
	if !ok {
		return Nil
	}
	per, ok := rt.argIndex(a[1], 1)
	if !ok {
		return Nil
	}
	var sep byte
	hasSep := false
	if a[0] != Nil {
		var s []rune
		switch {
		case rt.IsStr(a[0]):
			s = rt.strRunes(a[0])
		default:
			b, ok := rt.BytesLikeData(a[0])
			if !ok {
				rt.Raise("TypeError", "object of type '%s' has no len()", rt.TypeNameOf(a[0]))
				return Nil
			}
			for _, c := range b {
				s = append(s, rune(c))
			}
		}
		if len(s) != 1 {
			rt.Raise("ValueError", "sep must be length 1.")
			return Nil
		}
		if s[0] > 127 {
			rt.Raise("ValueError", "sep must be ASCII.")
			return Nil
		}
		sep, hasSep = byte(s[0]), true
	}
	out := make([]byte, 0, 3*len(d))
	if !hasSep || per == 0 || len(d) == 0 {
		for _, c := range d {
			out = append(out, hexDigits[c>>4], hexDigits[c&15])
		}
		return rt.newStrLatin1(out)
	}
	abs := per
	if abs < 0 {
		abs = -abs
	}
	for i, c := range d {
		if i > 0 {
			var boundary bool
			if per < 0 {
				boundary = i%abs == 0
			} else {
				boundary = (len(d)-i)%abs == 0
			}
			if boundary {
				out = append(out, sep)
			}
		}
		out = append(out, hexDigits[c>>4], hexDigits[c&15])
	}
	return rt.newStrLatin1(out)
}

func bytesFromHex(rt *Runtime, cls Ref, args []Ref, kwnames Ref) Ref {
	if !rt.checkPos(rt.TypeFromRef(cls).Name, "fromhex", args, kwnames, 1, 1) {
		return Nil
	}
	s := args[0]
	if !rt.IsStr(s) {
		rt.Raise("TypeError", "fromhex() argument must be str, not %s", rt.TypeNameOf(s))
		return Nil
	}
	n := rt.StrLen(s)
	at := func(i int) rune {
		if i >= n {
			return 0
		}
		return rt.StrAt(s, i)
	}
	digit := func(c rune) int {
		switch {
		case c >= '0' && c <= '9':
			return int(c - '0')
		case c >= 'a' && c <= 'f':
			return int(c-'a') + 10
		case c >= 'A' && c <= 'F':
			return int(c-'A') + 10
		}
		return 16
	}
	bad := func(i int) Ref {
		rt.Raise("ValueError", "non-hexadecimal number found in fromhex() arg at position %d", i)
		return Nil
	}
	if !rt.StrIsASCII(s) {
		i := 0
		for i < n && rt.StrAt(s, i) < 128 {
			i++
		}
		return bad(i)
	}
	var out []byte
	for i := 0; i < n; {
		if c := at(i); c < 128 && isASCIISpace(byte(c)) {
			for i < n && isASCIISpace(byte(at(i))) {
				i++
			}
			if i >= n {
				break
			}
		}
		top := digit(at(i))
		if top >= 16 {
			return bad(i)
		}
		i++
		bot := digit(at(i))
		if bot >= 16 {
			return bad(i)
		}
		i++
		out = append(out, byte(top<<4|bot))
	}
	t := rt.TypeFromRef(cls)
	switch {
	case t == rt.BytesType:
		return rt.NewBytes(out)
	case t == rt.ByteArrayType:
		return rt.NewByteArray(out)
	}
	// A subclass: cls(bytes(...)), as CPython does.
	b := rt.NewBytes(out)
	if b == Nil {
		return Nil
	}
	defer rt.Decref(b)
	return rt.Call1(cls, b)
}

// bytesReplace is bytes.replace: an empty old matches before every byte and at the
// end (Go's bytes.Replace matches between UTF-8 sequences instead).
func bytesReplace(d, old, nw []byte, count int) []byte {
	if count < 0 {
		count = len(d) + 1
	}
	var out []byte
	if len(old) == 0 {
		n := 0
		for _, c := range d {
			if n < count {
				out = append(out, nw...)
				n++
			}
			out = append(out, c)
		}
		if n < count {
			out = append(out, nw...)
		}
		return out
	}
	// The result's size is known up front: one allocation, no regrowing.
	size := len(d)
	if len(nw) > len(old) {
		size += (len(nw) - len(old)) * min(count, bytes.Count(d, old))
	}
	out = make([]byte, 0, size)
	i := 0
	for n := 0; n < count; n++ {
		j := bytes.Index(d[i:], old)
		if j < 0 {
			break
		}
		out = append(out, d[i:i+j]...)
		out = append(out, nw...)
		i += j + len(old)
	}
	return append(out, d[i:]...)
}
