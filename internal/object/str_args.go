// Argument parsing for the methods of str, bytes and bytearray: CPython's Argument
// Clinic behaviour and messages for parameters that may be passed by keyword.

package object

// maxKwParams bounds the parameters parseKw binds (str() has the most: 3).
const maxKwParams = 4

// parseKw binds args/kwnames to the parameters names (the first npos of them
// positional-only, the rest positional-or-keyword), with the first required of them
// required. The result has one Ref per name (an array: parsing allocates nothing),
// borrowed, Nil for a missing optional.
// Errors use CPython's messages ("split() takes at most 2 arguments (3 given)",
// "'x' is an invalid keyword argument for split()").
func (rt *Runtime) parseKw(fname string, args []Ref, kwnames Ref, names []string, npos, required int) (out [maxKwParams]Ref, ok bool) {
	nkw := rt.NumKwargs(kwnames)
	npArgs := len(args) - nkw
	if len(args) > len(names) {
		rt.Raise("TypeError", "%s() takes at most %d argument%s (%d given)", fname, len(names), plural(len(names)), len(args))
		return out, false
	}
	copy(out[:], args[:npArgs])
	for k := 0; k < nkw; k++ {
		kn := rt.TupleItems(kwnames)[k]
		found := false
		for i := npos; i < len(names); i++ {
			if rt.StrEqualGo(kn, names[i]) {
				if out[i] != Nil {
					rt.Raise("TypeError", "argument for %s() given by name ('%s') and position (%d)", fname, names[i], i+1)
					return out, false
				}
				out[i] = args[npArgs+k]
				found = true
				break
			}
		}
		if !found {
			rt.Raise("TypeError", "'%s' is an invalid keyword argument for %s()", rt.GoString(kn), fname)
			return out, false
		}
	}
	for i := 0; i < required; i++ {
		if out[i] == Nil {
			if i < npos || npArgs < required && nkw == 0 && i >= npArgs {
				rt.Raise("TypeError", "%s() takes at least %d positional argument%s (%d given)", fname, required, plural(required), npArgs)
			} else {
				rt.Raise("TypeError", "%s() missing required argument '%s' (pos %d)", fname, names[i], i+1)
			}
			return out, false
		}
	}
	return out, true
}

// argIndex converts an optional int argument (Nil: def).
func (rt *Runtime) argIndex(v Ref, def int) (int, bool) {
	if v == Nil {
		return def, true
	}
	return rt.AsIndex(v, "OverflowError")
}

// cIntArg converts an optional argument CPython reads as a C int (Nil: def),
// raising "Python int too large to convert to C int" beyond its range.
func (rt *Runtime) cIntArg(v Ref, def int) (int, bool) {
	if v == Nil {
		return def, true
	}
	i, ok := rt.AsIndex(v, "OverflowError")
	if !ok {
		if rt.ErrMatchesName("OverflowError") {
			rt.ClearErr()
			rt.Raise("OverflowError", "Python int too large to convert to C int")
		}
		return 0, false
	}
	if i > 1<<31-1 || i < -1<<31 {
		rt.Raise("OverflowError", "Python int too large to convert to C int")
		return 0, false
	}
	return i, true
}

// argSliceBound converts an optional start/end argument of find, count, ...: None
// or absent gives def; ints are clamped as slice indices.
func (rt *Runtime) argSliceBound(v Ref, def int) (int, bool) {
	if v == Nil || v == rt.None {
		return def, true
	}
	return rt.sliceIndex(v)
}

// adjustBounds clips a [start, end) pair of find-style arguments to a length n, the
// way CPython's ADJUST_INDICES does.
func adjustBounds(start, end, n int) (int, int) {
	if end > n {
		end = n
	} else if end < 0 {
		end += n
		if end < 0 {
			end = 0
		}
	}
	if start < 0 {
		start += n
		if start < 0 {
			start = 0
		}
	}
	return start, end
}

// checkPos checks the arguments of a method with positional-only parameters as
// CPython's Argument Clinic does: keywords are refused naming the qualified method
// ("str.center() takes no keyword arguments"); a wrong count is reported as
// "T.name() takes no arguments (1 given)", "T.name() takes exactly one argument (0
// given)" or "center expected at least 1 argument, got 0".
func (rt *Runtime) checkPos(typeName, name string, args []Ref, kwnames Ref, min, max int) bool {
	if kwnames == Nil && len(args) >= min && len(args) <= max {
		return true
	}
	if !rt.NoKwargs(typeName+"."+name, kwnames) {
		return false
	}
	if min == max && min <= 1 {
		return rt.CheckArgs(typeName+"."+name, args, Nil, min, max)
	}
	return rt.CheckArgs(name, args, Nil, min, max)
}

// argTypeName names an argument's type as CPython's _PyArg_BadArgument does: "None"
// for None.
func (rt *Runtime) argTypeName(v Ref) string {
	if v == rt.None {
		return "None"
	}
	return rt.TypeNameOf(v)
}

// checkArgsQ is CheckArgs for the method typeName.name, whose qualified name is
// only built when an error must be raised.
func (rt *Runtime) checkArgsQ(typeName, name string, args []Ref, kwnames Ref, min, max int) bool {
	if kwnames == Nil && len(args) >= min && (max < 0 || len(args) <= max) {
		return true
	}
	return rt.CheckArgs(typeName+"."+name, args, kwnames, min, max)
}
