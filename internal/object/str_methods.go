// str: comparison, repr, the sequence protocol, iteration and the methods CPython
// documents. See str.go for the representation; %-formatting is in str_percent.go,
// str.format and __format__ in str_format.go, encode/decode in str_codec.go.

package object

import (
	"unsafe"
)

// IsStr reports whether r is a str (or an instance of a subclass).
func (rt *Runtime) IsStr(r Ref) bool {
	return r&1 == 0 && r != Nil && rt.TypeOf(r).Flags&TypeStrSubclass != 0
}

// A str iterator (str_ascii_iterator for ASCII strs, str_iterator otherwise, as in
// CPython 3.11) is header | str Ref | index uint32: 16 bytes. It is not a container:
// a str cannot refer back to it.
const (
	strIterOffSeq   = 8
	strIterOffIndex = 12
	strIterSize     = 16
)

func (rt *Runtime) initStr() {
	t := rt.StrType
	t.Size, t.ItemSize = strOffData, 1
	t.Dealloc = strDealloc
	t.Hash = func(rt *Runtime, r Ref) (int64, bool) { return rt.StrHash(r), true }
	t.RichCompare = strRichCompare
	t.Repr = strRepr
	t.Str = func(rt *Runtime, r Ref) Ref {
		if rt.isExactStr(r) {
			return rt.New(r)
		}
		return rt.strExact(r)
	}
	t.New = strNew
	t.Sequence = &SequenceSlots{
		Length: func(rt *Runtime, s Ref) int { return rt.StrLen(s) },
		Concat: func(rt *Runtime, a, b Ref) Ref {
			if !rt.IsStr(a) {
				rt.Raise("TypeError", "can only concatenate str (not \"%s\") to str", rt.TypeNameOf(b))
				return Nil
			}
			if !rt.IsStr(b) {
				rt.Raise("TypeError", "can only concatenate str (not \"%s\") to str", rt.TypeNameOf(b))
				return Nil
			}
			return rt.strConcat(a, b)
		},
		Repeat: func(rt *Runtime, s Ref, n int) Ref { return rt.strRepeat(s, n) },
		Item: func(rt *Runtime, s Ref, i int) Ref {
			if i < 0 || i >= rt.StrLen(s) {
				rt.Raise("IndexError", "string index out of range")
				return Nil
			}
			return rt.strSubstr(s, i, i+1)
		},
		Contains: func(rt *Runtime, s, v Ref) int {
			if !rt.IsStr(v) {
				rt.Raise("TypeError", "'in <string>' requires string as left operand, not %s", rt.TypeNameOf(v))
				return -1
			}
			if rt.strFind(s, v, 0, rt.StrLen(s)) >= 0 {
				return 1
			}
			return 0
		},
	}
	t.Mapping = &MappingSlots{
		Length:    func(rt *Runtime, s Ref) int { return rt.StrLen(s) },
		Subscript: strSubscript,
	}
	t.Number = &NumberSlots{Remainder: strRemainder}

	asciiIter := rt.defType("str_ascii_iterator", rt.ObjectType, strIterSize, 0)
	uniIter := rt.defType("str_iterator", rt.ObjectType, strIterSize, 0)
	for _, it := range []*Type{asciiIter, uniIter} {
		it.Dealloc = func(rt *Runtime, r Ref) {
			rt.Replace(rt.RefAt(r, strIterOffSeq), Nil)
			rt.FreeObject(r)
		}
		it.Iter = func(rt *Runtime, r Ref) Ref { return rt.New(r) }
		it.Next = func(rt *Runtime, r Ref) Ref {
			s := *rt.RefAt(r, strIterOffSeq)
			if s == Nil {
				return Nil
			}
			i := rt.Uint32At(r, strIterOffIndex)
			if int(*i) >= rt.StrLen(s) {
				rt.Replace(rt.RefAt(r, strIterOffSeq), Nil)
				return Nil
			}
			c := rt.StrAt(s, int(*i))
			*i++
			if c < 256 {
				return rt.New(rt.latin1[c])
			}
			return rt.NewStrFromRunes([]rune{c})
		}
		it.Methods = []MethodDef{{Name: "__length_hint__", Fn: func(rt *Runtime, r Ref, args []Ref, kwnames Ref) Ref {
			s := *rt.RefAt(r, strIterOffSeq)
			if s == Nil {
				return MakeSmallInt(0)
			}
			return rt.NewInt(int64(rt.StrLen(s) - int(*rt.Uint32At(r, strIterOffIndex))))
		}}}
	}
	t.Iter = func(rt *Runtime, s Ref) Ref {
		it := asciiIter
		if !rt.StrIsASCII(s) {
			it = uniIter
		}
		r := rt.AllocObject(it, strIterSize)
		if r == Nil {
			return Nil
		}
		*rt.RefAt(r, strIterOffSeq) = rt.New(s)
		return r
	}
	t.Methods = strMethodDefs()
	rt.initUnicodeErrors()
}

// strExact returns an exact str with the code points of s (an instance of a
// subclass).
func (rt *Runtime) strExact(s Ref) Ref {
	n := rt.StrLen(s)
	if n == 0 {
		return rt.New(rt.EmptyStr)
	}
	if n == 1 && rt.StrAt(s, 0) < 256 {
		return rt.New(rt.latin1[rt.StrAt(s, 0)])
	}
	r := rt.newStrRaw(n, rt.StrKind(s), rt.StrIsASCII(s))
	if r != Nil {
		copy(rt.StrData(r), rt.StrData(s))
	}
	return r
}

// strSubtypeNew returns an instance of t (a subclass of str) holding the code
// points of s (borrowed). The code points start at strOffData as in every str;
// whatever the subclass adds to the fixed part (t.Size beyond strOffData) is given
// zeroed room after them, at the end of the block, where CPython puts the __dict__
// of instances of variable-size types (a negative tp_dictoffset).
func (rt *Runtime) strSubtypeNew(t *Type, s Ref) Ref {
	n, kind := rt.StrLen(s), rt.StrKind(s)
	size := uintptr(strOffData + (n+1)*kind)
	if t.Size > strOffData {
		size += t.Size - strOffData
	}
	r := rt.AllocObject(t, size)
	if r == Nil {
		return Nil
	}
	*rt.Uint32At(r, strOffLength) = uint32(n)
	*rt.Uint32At(r, strOffState) = *rt.Uint32At(s, strOffState) &^ strInterned
	*(*int64)(rt.field(r, strOffHash)) = -1
	copy(rt.Bytes(r, strOffData, uintptr(n*kind)), rt.StrData(s))
	return r
}

// strNew is str's New slot: str(object=”), str(object=b”, encoding, errors).
func strNew(rt *Runtime, t *Type, args []Ref, kwnames Ref) Ref {
	a, ok := rt.parseKw("str", args, kwnames, []string{"object", "encoding", "errors"}, 0, 0)
	if !ok {
		return Nil
	}
	var s Ref
	switch {
	case a[0] == Nil && a[1] == Nil && a[2] == Nil:
		s = rt.New(rt.EmptyStr)
	case a[1] == Nil && a[2] == Nil:
		s = rt.Str(a[0])
	default:
		enc, errs, ok := rt.codecArgs("str", a[1], a[2])
		if !ok {
			return Nil
		}
		obj := a[0]
		if obj == Nil {
			obj = rt.EmptyBytes
		}
		data, ok := rt.BytesLikeData(obj)
		if !ok {
			if rt.IsStr(obj) {
				rt.Raise("TypeError", "decoding str is not supported")
			} else {
				rt.Raise("TypeError", "decoding to str: need a bytes-like object, %s found", rt.TypeNameOf(obj))
			}
			return Nil
		}
		s = rt.Decode(data, enc, errs)
	}
	if s == Nil || t == rt.StrType {
		return s
	}
	defer rt.Decref(s)
	return rt.strSubtypeNew(t, s)
}

// strCompare compares two strs by code point: <0, 0 or >0.
func (rt *Runtime) strCompare(a, b Ref) int {
	if a == b {
		return 0
	}
	na, nb := rt.StrLen(a), rt.StrLen(b)
	if rt.StrKind(a) == 1 && rt.StrKind(b) == 1 {
		da, db := string(rt.StrData(a)), string(rt.StrData(b))
		switch {
		case da < db:
			return -1
		case da > db:
			return 1
		}
		return 0
	}
	for i := range min(na, nb) {
		ca, cb := rt.StrAt(a, i), rt.StrAt(b, i)
		if ca != cb {
			if ca < cb {
				return -1
			}
			return 1
		}
	}
	return na - nb
}

func strRichCompare(rt *Runtime, a, b Ref, op CompareOp) Ref {
	if !rt.IsStr(a) || !rt.IsStr(b) {
		return rt.New(rt.NotImplemented)
	}
	if op == EQ || op == NE {
		return rt.NewBool(rt.StrEqual(a, b) == (op == EQ))
	}
	c := rt.strCompare(a, b)
	var v bool
	switch op {
	case LT:
		v = c < 0
	case LE:
		v = c <= 0
	case GT:
		v = c > 0
	default:
		v = c >= 0
	}
	return rt.NewBool(v)
}

func strSubscript(rt *Runtime, s, key Ref) Ref {
	if rt.IsSlice(key) {
		start, _, step, count, ok := rt.SliceIndices(key, rt.StrLen(s))
		if !ok {
			return Nil
		}
		if step == 1 {
			return rt.strSubstr(s, start, start+count)
		}
		if count <= 0 {
			return rt.New(rt.EmptyStr)
		}
		cps := make([]rune, count)
		for i := range count {
			cps[i] = rt.StrAt(s, start+i*step)
		}
		return rt.NewStrFromRunes(cps)
	}
	kt := rt.TypeOf(key)
	if key&1 == 0 && (kt.Number == nil || kt.Number.Index == nil) {
		rt.Raise("TypeError", "string indices must be integers, not '%s'", kt.Name)
		return Nil
	}
	i, ok := rt.AsIndex(key, "IndexError")
	if !ok {
		return Nil
	}
	n := rt.StrLen(s)
	if i < 0 {
		i += n
	}
	if i < 0 || i >= n {
		rt.Raise("IndexError", "string index out of range")
		return Nil
	}
	return rt.strSubstr(s, i, i+1)
}

// strFind returns the first index of sub in s[start:end] (already adjusted), or -1.
func (rt *Runtime) strFind(s, sub Ref, start, end int) int {
	n, m := rt.StrLen(s), rt.StrLen(sub)
	if end > n {
		end = n
	}
	if start > end || end-start < m {
		if m == 0 && start <= end {
			return start
		}
		return -1
	}
	if m == 0 {
		return start
	}
	if rt.StrKind(s) == 1 && rt.StrKind(sub) == 1 {
		h, nd := rt.StrData(s)[start:end], rt.StrData(sub)
		if i := indexBytes(h, nd); i >= 0 {
			return start + i
		}
		return -1
	}
	return rt.strSearch(s, sub, start, end, false)
}

func indexBytes(h, sub []byte) int {
	return stringIndex(unsafe.String(unsafe.SliceData(h), len(h)), unsafe.String(unsafe.SliceData(sub), len(sub)))
}
