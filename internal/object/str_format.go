// str.format, str.format_map and str.__format__ (CPython's
// Objects/stringlib/unicode_format.h and the string part of
// Python/formatter_unicode.c), and FormatObject, the format() protocol.

package object

// FormatObject returns format(v, spec) for a str spec (CPython's PyObject_Format):
// v's __format__(spec), which must return a str.
func (rt *Runtime) FormatObject(v, spec Ref) Ref {
	switch {
	case rt.isExactStr(v):
		return rt.strFormatSpec(v, spec)
	case rt.isExactInt(v):
		// f"{n}" and "{:>6}".format(n): int.__format__ without the bound
		// method and call (CPython's PyObject_Format has the same shortcut for
		// an empty spec).
		return rt.FormatInt(v, rt.strView(spec))
	case rt.hdr(v).typ == rt.FloatType.Ref:
		return rt.FormatFloatSpec(v, rt.strView(spec))
	}
	meth := rt.LookupType(rt.TypeOf(v), rt.internedOrNil("__format__"))
	if meth == Nil {
		// object.__format__: str(v) for an empty spec.
		if rt.StrLen(spec) == 0 {
			return rt.Str(v)
		}
		rt.Raise("TypeError", "unsupported format string passed to %s.__format__", rt.TypeNameOf(v))
		return Nil
	}
	f := rt.GetAttrString(v, "__format__")
	if f == Nil {
		return Nil
	}
	r := rt.Call1(f, spec)
	rt.Decref(f)
	if r != Nil && !rt.IsStr(r) {
		rt.Raise("TypeError", "__format__ must return a str, not %s", rt.TypeNameOf(r))
		rt.Decref(r)
		return Nil
	}
	return r
}

// strFormatSpec is str.__format__: format(s, spec).
func (rt *Runtime) strFormatSpec(s, spec Ref) Ref {
	if rt.StrLen(spec) == 0 {
		return rt.strSelf(s)
	}
	fs, ok := rt.ParseFormatSpec(rt.strView(spec))
	if !ok {
		return Nil
	}
	if fs.Type != 's' {
		rt.UnknownFormatCode(fs, "str")
		return Nil
	}
	switch {
	case fs.Sign == ' ':
		rt.Raise("ValueError", "Space not allowed in string format specifier")
		return Nil
	case fs.Sign != 0:
		rt.Raise("ValueError", "Sign not allowed in string format specifier")
		return Nil
	case fs.NoNegZero:
		rt.Raise("ValueError", "Negative zero coercion (z) not allowed in string format specifier")
		return Nil
	case fs.Alt:
		rt.Raise("ValueError", "Alternate form (#) not allowed in string format specifier")
		return Nil
	case fs.Align == '=':
		rt.Raise("ValueError", "'=' alignment not allowed in string format specifier")
		return Nil
	}
	if fs.Width > maxStrLen {
		rt.NoMemory()
		return Nil
	}
	n := rt.StrLen(s)
	if fs.Precision >= 0 && fs.Precision < n {
		n = fs.Precision
	}
	if fs.Width <= n {
		return rt.strSubstr(s, 0, n)
	}
	body := rt.strSubstr(s, 0, n)
	if body == Nil {
		return Nil
	}
	defer rt.Decref(body)
	pad := fs.Width - n
	var left int
	switch fs.Align {
	case '>':
		left = pad
	case '^':
		left = pad / 2
	}
	fill := fs.Fill
	if fill == 0 {
		fill = ' '
	}
	return rt.strPadded(body, left, pad-left, fill)
}

func strFormatDunder(rt *Runtime, s Ref, args []Ref, kwnames Ref) Ref {
	if !rt.CheckArgs("str.__format__", args, kwnames, 1, 1) {
		return Nil
	}
	if !rt.IsStr(args[0]) {
		rt.Raise("TypeError", "__format__() argument must be str, not %s", rt.argTypeName(args[0]))
		return Nil
	}
	return rt.strFormatSpec(s, args[0])
}

// formatter holds the state of one str.format call.
type formatter struct {
	rt      *Runtime
	args    []Ref // positional arguments (borrowed)
	kwnames []Ref // keyword names
	kwargs  []Ref // keyword values
	mapping Ref   // format_map's mapping, or Nil
	autoIdx int   // next automatic field number; -1 once manual numbering is used
	auto    int   // 0 unknown, 1 automatic, 2 manual
}

func strFormatMethod(rt *Runtime, s Ref, args []Ref, kwnames Ref) Ref {
	nkw := rt.NumKwargs(kwnames)
	f := &formatter{rt: rt, args: args[:len(args)-nkw], kwargs: args[len(args)-nkw:]}
	if kwnames != Nil {
		f.kwnames = rt.TupleItems(kwnames)
	}
	// "{} {}".format(a, b) in a loop: the format and the result go through stack
	// buffers (Go memory only for long ones).
	var sbuf, obuf [128]rune
	out, ok := f.build(rt.appendStrRunes(sbuf[:0], s), 2, obuf[:0])
	if !ok {
		return Nil
	}
	return rt.NewStrFromRunes(out)
}

func strFormatMapMethod(rt *Runtime, s Ref, args []Ref, kwnames Ref) Ref {
	if !rt.CheckArgs("str.format_map", args, kwnames, 1, 1) {
		return Nil
	}
	f := &formatter{rt: rt, mapping: args[0]}
	var sbuf, obuf [128]rune
	out, ok := f.build(rt.appendStrRunes(sbuf[:0], s), 2, obuf[:0])
	if !ok {
		return Nil
	}
	return rt.NewStrFromRunes(out)
}

// build renders a format string (CPython's build_string/output_markup), appending
// to out.
func (f *formatter) build(s []rune, depth int, out []rune) ([]rune, bool) {
	rt := f.rt
	if depth <= 0 {
		rt.Raise("ValueError", "Max string recursion exceeded")
		return nil, false
	}
	n := len(s)
	i := 0
	for i < n {
		// Literal text.
		c := s[i]
		if c != '{' && c != '}' {
			out = append(out, c)
			i++
			continue
		}
		if i+1 < n && s[i+1] == c {
			out = append(out, c)
			i += 2
			continue
		}
		if c == '}' {
			rt.Raise("ValueError", "Single '}' encountered in format string")
			return nil, false
		}
		if i+1 >= n {
			rt.Raise("ValueError", "Single '{' encountered in format string")
			return nil, false
		}
		// A field: its name, conversion and spec, as CPython's parse_field reads
		// them (the spec may hold nested fields).
		i++
		name, conv, spec, next, ok := f.parseField(s, i)
		if !ok {
			return nil, false
		}
		i = next
		r := f.renderField(name, conv, spec, depth)
		if r == Nil {
			return nil, false
		}
		out = rt.appendStrRunes(out, r)
		rt.Decref(r)
	}
	return out, true
}

// parseField reads a replacement field starting at s[i] (just after its '{'):
// the field name, the conversion (0 for none) and the format spec, and returns the
// index after the closing '}'.
func (f *formatter) parseField(s []rune, i int) (name []rune, conv rune, spec []rune, next int, ok bool) {
	rt := f.rt
	n := len(s)
	start := i
	for i < n && s[i] != '}' && s[i] != '!' && s[i] != ':' {
		switch s[i] {
		case '{':
			rt.Raise("ValueError", "unexpected '{' in field name")
			return
		case '[':
			for i < n && s[i] != ']' {
				i++
			}
			if i < n {
				i++
			}
			continue
		}
		i++
	}
	if i >= n {
		rt.Raise("ValueError", "expected '}' before end of string")
		return
	}
	name = s[start:i]
	c := s[i]
	i++
	if c == '!' {
		if i >= n {
			rt.Raise("ValueError", "end of string while looking for conversion specifier")
			return
		}
		conv = s[i]
		i++
		if i >= n {
			rt.Raise("ValueError", "unmatched '{' in format spec")
			return
		}
		c = s[i]
		i++
		if c != ':' && c != '}' {
			rt.Raise("ValueError", "expected ':' after conversion specifier")
			return
		}
	}
	if c == '}' {
		return name, conv, nil, i, true
	}
	specStart, count := i, 1
	for i < n {
		switch s[i] {
		case '{':
			count++
		case '}':
			count--
			if count == 0 {
				return name, conv, s[specStart:i], i + 1, true
			}
		}
		i++
	}
	rt.Raise("ValueError", "unmatched '{' in format spec")
	return
}

// renderField renders one replacement field.
// renderField returns the text of one field (a new reference), or Nil.
func (f *formatter) renderField(name []rune, conv rune, spec []rune, depth int) Ref {
	rt := f.rt
	obj, ok := f.lookupField(name)
	if !ok {
		return Nil
	}
	defer func() { rt.Decref(obj) }()
	if conv != 0 {
		var c Ref
		switch conv {
		case 'r':
			c = rt.Repr(obj)
		case 's':
			c = rt.Str(obj)
		case 'a':
			c = rt.ReprASCII(obj)
		default:
			if conv > 32 && conv < 127 {
				rt.Raise("ValueError", "Unknown conversion specifier %c", conv)
			} else {
				rt.Raise("ValueError", "Unknown conversion specifier \\x%x", conv)
			}
			return Nil
		}
		if c == Nil {
			return Nil
		}
		rt.Decref(obj)
		obj = c
	}
	// The spec may itself hold fields: render it first.
	if len(spec) > 0 {
		hasBrace := false
		for _, c := range spec {
			if c == '{' || c == '}' {
				hasBrace = true
				break
			}
		}
		if hasBrace {
			var ok bool
			if spec, ok = f.build(spec, depth-1, nil); !ok {
				return Nil
			}
		}
	}
	sp := rt.NewStrFromRunes(spec)
	if sp == Nil {
		return Nil
	}
	r := rt.FormatObject(obj, sp)
	rt.Decref(sp)
	return r
}

// lookupField evaluates a field name: an argument (by number, automatic number
// or keyword) followed by .attribute and [index] parts. It returns a new reference.
func (f *formatter) lookupField(name []rune) (Ref, bool) {
	rt := f.rt
	j := 0
	for j < len(name) && name[j] != '.' && name[j] != '[' {
		j++
	}
	first := name[:j]
	var obj Ref
	idx, isInt, ok := f.fieldIndex(first)
	if !ok {
		return Nil, false
	}
	if len(first) == 0 || isInt {
		if len(first) == 0 {
			if f.auto == 2 {
				rt.Raise("ValueError", "cannot switch from manual field specification to automatic field numbering")
				return Nil, false
			}
			f.auto = 1
			idx = f.autoIdx
			f.autoIdx++
		} else {
			if f.auto == 1 {
				rt.Raise("ValueError", "cannot switch from automatic field numbering to manual field specification")
				return Nil, false
			}
			f.auto = 2
		}
		if f.mapping != Nil {
			rt.Raise("ValueError", "Format string contains positional fields")
			return Nil, false
		}
		if idx >= len(f.args) {
			rt.Raise("IndexError", "Replacement index %d out of range for positional args tuple", idx)
			return Nil, false
		}
		obj = rt.New(f.args[idx])
	} else {
		key := rt.NewStrFromRunes(first)
		if key == Nil {
			return Nil, false
		}
		if f.mapping != Nil {
			obj = rt.GetItem(f.mapping, key)
			rt.Decref(key)
			if obj == Nil {
				return Nil, false
			}
		} else {
			for k, kn := range f.kwnames {
				if rt.StrEqual(kn, key) {
					obj = rt.New(f.kwargs[k])
					break
				}
			}
			if obj == Nil {
				rt.SetKeyError(key)
				rt.Decref(key)
				return Nil, false
			}
			rt.Decref(key)
		}
	}
	// The rest: .name and [key] parts.
	rest := name[j:]
	for len(rest) > 0 {
		var next Ref
		switch rest[0] {
		case '.':
			k := 1
			for k < len(rest) && rest[k] != '.' && rest[k] != '[' {
				k++
			}
			attr := rest[1:k]
			rest = rest[k:]
			if len(attr) == 0 {
				rt.Decref(obj)
				rt.Raise("ValueError", "Empty attribute in format string")
				return Nil, false
			}
			a := rt.NewStrFromRunes(attr)
			if a == Nil {
				rt.Decref(obj)
				return Nil, false
			}
			next = rt.GetAttr(obj, a)
			rt.Decref(a)
		case '[':
			k := 1
			for k < len(rest) && rest[k] != ']' {
				k++
			}
			if k >= len(rest) {
				rt.Decref(obj)
				rt.Raise("ValueError", "Missing ']' in format string")
				return Nil, false
			}
			keyRunes := rest[1:k]
			rest = rest[k+1:]
			if len(rest) > 0 && rest[0] != '.' && rest[0] != '[' {
				rt.Decref(obj)
				rt.Raise("ValueError", "Only '.' or '[' may follow ']' in format field specifier")
				return Nil, false
			}
			if len(keyRunes) == 0 {
				rt.Decref(obj)
				rt.Raise("ValueError", "Empty attribute in format string")
				return Nil, false
			}
			ki, kIsInt, ok := f.fieldIndex(keyRunes)
			if !ok {
				rt.Decref(obj)
				return Nil, false
			}
			var key Ref
			if kIsInt {
				key = rt.NewInt(int64(ki))
			} else {
				key = rt.NewStrFromRunes(keyRunes)
			}
			if key == Nil {
				rt.Decref(obj)
				return Nil, false
			}
			next = rt.GetItem(obj, key)
			rt.Decref(key)
		default:
			rt.Decref(obj)
			rt.Raise("ValueError", "Only '.' or '[' may follow ']' in format field specifier")
			return Nil, false
		}
		rt.Decref(obj)
		if next == Nil {
			return Nil, false
		}
		obj = next
	}
	return obj, true
}

// fieldIndex reports whether s is a decimal number, and its value.
func (f *formatter) fieldIndex(s []rune) (int, bool, bool) {
	if len(s) == 0 {
		return 0, false, true
	}
	v := 0
	for _, c := range s {
		if c < '0' || c > '9' {
			return 0, false, true
		}
		if v > (1<<62)/10 {
			f.rt.Raise("ValueError", "Too many decimal digits in format string")
			return 0, false, false
		}
		v = v*10 + int(c-'0')
	}
	return v, true, true
}
