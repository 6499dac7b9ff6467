// Package string is the string module's constants and capwords, with CPython 3.11's
// values. string.Template and string.Formatter are classes CPython writes in Python;
// they are not here (they need the VM's classes).
package string

import (
	"github.com/pyheap/pyheap/internal/modules/modargs"
	"github.com/pyheap/pyheap/internal/object"
)

const (
	whitespace     = " \t\n\r\v\f"
	asciiLowercase = "abcdefghijklmnopqrstuvwxyz"
	asciiUppercase = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
	asciiLetters   = asciiLowercase + asciiUppercase
	digits         = "0123456789"
	hexdigits      = digits + "abcdef" + "ABCDEF"
	octdigits      = "01234567"
	punctuation    = "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~"
	printable      = digits + asciiLetters + punctuation + whitespace
)

// New builds the string module. It returns a new reference, or Nil with an
// exception set.
func New(rt *object.Runtime) object.Ref {
	m := rt.NewModule("string")
	if m == object.Nil {
		return object.Nil
	}
	for _, c := range [][2]string{{"whitespace", whitespace}, {"ascii_lowercase", asciiLowercase},
		{"ascii_uppercase", asciiUppercase}, {"ascii_letters", asciiLetters}, {"digits", digits},
		{"hexdigits", hexdigits}, {"octdigits", octdigits}, {"punctuation", punctuation}, {"printable", printable}} {
		if !modargs.SetConst(rt, m, c[0], rt.NewStr(c[1])) {
			rt.Decref(m)
			return object.Nil
		}
	}
	spec := &modargs.Spec{Name: "capwords", Names: []string{"s", "sep"}, Required: 1, Python: true}
	capwords := modargs.Func(spec, func(rt *object.Runtime, _ object.Ref, v []object.Ref) object.Ref {
		// return (sep or ' ').join(map(str.capitalize, s.split(sep)))
		sep := v[1]
		if sep == object.Nil {
			sep = rt.None
		}
		joiner := sep
		if t := rt.IsTrue(sep); t < 0 {
			return object.Nil
		} else if t == 0 {
			joiner = rt.NewStr(" ")
			defer rt.Decref(joiner)
		}
		join := rt.GetAttrString(joiner, "join")
		if join == object.Nil {
			return object.Nil
		}
		defer rt.Decref(join)
		parts := rt.CallMethod(v[0], "split", sep)
		if parts == object.Nil {
			return object.Nil
		}
		defer rt.Decref(parts)
		l := rt.SequenceList(parts)
		if l == object.Nil {
			return object.Nil
		}
		defer rt.Decref(l)
		for i, p := range rt.ListItems(l) {
			c := rt.CallMethod(p, "capitalize")
			if c == object.Nil {
				return object.Nil
			}
			rt.Replace(&rt.ListItems(l)[i], c)
		}
		return rt.Call1(join, l)
	})
	if !modargs.AddFuncs(rt, m, []*object.MethodDef{capwords}) {
		rt.Decref(m)
		return object.Nil
	}
	return m
}
