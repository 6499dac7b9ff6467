// The names CPython's site module adds to builtins (Lib/_sitebuiltins.py):
// copyright, credits and license (_Printer), exit and quit (Quitter), help
// (_Helper), and breakpoint. pyheap has no site module, so they are built here,
// in Go, with the same type names, reprs and behaviour; help() hands its work to
// the embedded pydoc module (internal/modules/pysrc/pydoc.py), imported on first
// use.

package builtins

import (
	"github.com/pyheap/pyheap/internal/object"
)

// A site object is header | kind uint32: which of the objects it is.
const (
	siteKind = 8
	siteSize = 12
)

const (
	siteCopyright = iota
	siteCredits
	siteLicense
	siteExit
	siteQuit
	siteHelp
)

var siteNames = [...]string{"copyright", "credits", "license", "exit", "quit", "help"}

// The texts of CPython 3.11's copyright and credits; license() prints where the
// license is found, as CPython's does when it has no LICENSE file next to it.
const (
	copyrightText = "Copyright (c) 2001-2023 Python Software Foundation.\nAll Rights Reserved.\n\n" +
		"Copyright (c) 2000 BeOpen.com.\nAll Rights Reserved.\n\n" +
		"Copyright (c) 1995-2001 Corporation for National Research Initiatives.\nAll Rights Reserved.\n\n" +
		"Copyright (c) 1991-1995 Stichting Mathematisch Centrum, Amsterdam.\nAll Rights Reserved."
	creditsText = "    Thanks to CWI, CNRI, BeOpen.com, Zope Corporation and a cast of thousands\n" +
		"    for supporting Python development.  See www.python.org for more information."
	licenseText = "See https://www.python.org/psf/license/"
)

func (b *mod) siteText(kind uint32) string {
	switch kind {
	case siteCopyright:
		return copyrightText
	case siteCredits:
		return creditsText
	}
	return licenseText
}

// installSite adds the site objects and breakpoint to the builtins dict d.
func (b *mod) installSite(d Ref) {
	rt := b.rt
	kindOf := func(r Ref) uint32 { return *rt.Uint32At(r, siteKind) }
	dealloc := func(rt *object.Runtime, r Ref) { rt.FreeObject(r) }
	printer := rt.NewStaticType("_sitebuiltins._Printer", nil, siteSize, 0, func(t *object.Type) {
		t.Dealloc = dealloc
		t.Repr = func(rt *object.Runtime, r Ref) Ref {
			if kindOf(r) == siteLicense {
				// CPython pages its LICENSE file, too long to show as a repr.
				return rt.NewStr("Type license() to see the full license text")
			}
			return rt.NewStr(b.siteText(kindOf(r)))
		}
		t.Call = func(rt *object.Runtime, r Ref, args []Ref, kw Ref) Ref {
			if !rt.CheckArgs(siteNames[kindOf(r)], args, kw, 0, 0) {
				return Nil
			}
			if !b.write(Nil, b.siteText(kindOf(r))+"\n") {
				return Nil
			}
			return rt.New(rt.None)
		}
	})
	quitter := rt.NewStaticType("_sitebuiltins.Quitter", nil, siteSize, 0, func(t *object.Type) {
		t.Dealloc = dealloc
		t.Repr = func(rt *object.Runtime, r Ref) Ref {
			return rt.NewStr("Use " + siteNames[kindOf(r)] + "() or Ctrl-D (i.e. EOF) to exit")
		}
		t.Call = func(rt *object.Runtime, r Ref, args []Ref, kw Ref) Ref {
			pos, kws := kwargs(rt, args, kw)
			code := Ref(rt.None)
			if len(pos) > 1 || kws.Len() > 1 || len(pos) == 1 && kws.Len() == 1 {
				rt.Raise("TypeError", "Quitter.__call__() takes from 1 to 2 positional arguments but %d were given", len(pos)+1)
				return Nil
			}
			for i, v := range kws.vals {
				if !kws.is(i, "code") {
					rt.Raise("TypeError", "Quitter.__call__() got an unexpected keyword argument '%s'", kws.name(i))
					return Nil
				}
				code = v
			}
			if len(pos) == 1 {
				code = pos[0]
			}
			// As CPython's Quitter: close sys.stdin (errors ignored), then exit.
			if in := b.in.SysAttr("stdin"); in != Nil && in != rt.None {
				if r := rt.CallMethod(in, "close"); r != Nil {
					rt.Decref(r)
				} else {
					rt.ClearErr()
				}
			}
			args1 := rt.TupleFrom(code)
			rt.Restore(rt.NewException(rt.ExcType("SystemExit"), args1))
			rt.Decref(args1)
			return Nil
		}
		t.GetSets = []object.GetSetDef{
			{Name: "name", Get: func(rt *object.Runtime, r Ref) Ref { return rt.NewStr(siteNames[kindOf(r)]) }},
			{Name: "eof", Get: func(rt *object.Runtime, r Ref) Ref { return rt.NewStr("Ctrl-D (i.e. EOF)") }},
		}
	})
	helper := rt.NewStaticType("_sitebuiltins._Helper", nil, siteSize, 0, func(t *object.Type) {
		t.Dealloc = dealloc
		t.Repr = func(rt *object.Runtime, r Ref) Ref {
			return rt.NewStr("Type help() for interactive help, or help(object) for help about object.")
		}
		t.Call = func(rt *object.Runtime, r Ref, args []Ref, kw Ref) Ref {
			pydoc := b.in.Import(b.in.Str("pydoc"), Nil, 0)
			if pydoc == Nil {
				return Nil
			}
			defer rt.Decref(pydoc)
			h := rt.GetAttrString(pydoc, "help")
			if h == Nil {
				return Nil
			}
			defer rt.Decref(h)
			return rt.Call(h, args, kw)
		}
	})
	for kind, t := range []*object.Type{printer, printer, printer, quitter, quitter, helper} {
		o := rt.AllocObject(t, siteSize)
		if o == Nil {
			rt.ClearErr()
			continue
		}
		*rt.Uint32At(o, siteKind) = uint32(kind)
		rt.DictSetStr(d, siteNames[kind], o)
		rt.Decref(o)
	}
	b.in.AddFunc(d, "breakpoint", b.breakpoint, b.m)
}

// breakpoint(*args, **kws) calls sys.breakpointhook(*args, **kws).
func (b *mod) breakpoint(rt *object.Runtime, _ Ref, args []Ref, kw Ref) Ref {
	hook := b.in.SysAttr("breakpointhook")
	if hook == Nil || hook == rt.None {
		rt.ClearErr()
		rt.Raise("RuntimeError", "lost sys.breakpointhook")
		return Nil
	}
	return rt.Call(hook, args, kw)
}
