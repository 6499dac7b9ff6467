// The compiler's scopes from internal/symtable (CPython's symtable.c ported): each
// symtable.Table becomes the scope the code generator reads. See doc.go.

package compile

import (
	"github.com/pyheap/pyheap/internal/symtable"
	"github.com/pyheap/pyheap/internal/syntax"
)

// analyzeSymtable builds the scopes of a module with internal/symtable.
func analyzeSymtable(file string, mod *syntax.Module) (map[interface{}]*scope, *scope, *syntax.SyntaxError) {
	st, err := symtable.Build(mod, file)
	if err != nil {
		if se, ok := err.(*syntax.SyntaxError); ok {
			return nil, nil, se
		}
		return nil, nil, &syntax.SyntaxError{Msg: err.Error(), Filename: file}
	}
	scopes := map[interface{}]*scope{}
	var convert func(t *symtable.Table, parent *scope) *scope
	convert = func(t *symtable.Table, parent *scope) *scope {
		kind := FunctionScope
		switch t.Type {
		case symtable.ModuleBlock:
			kind = ModuleScope
		case symtable.ClassBlock:
			kind = ClassScope
		}
		s := &scope{kind: kind, name: t.Name, node: t.Node, parent: parent,
			bind: map[string]Binding{}, isGen: t.Generator, isComp: t.Comprehension != symtable.NoComprehension,
			needClass: t.NeedsClassClosure, lineno: t.Lineno}
		s.params = append(s.params, t.Varnames...)
		for _, name := range t.Names {
			sym := t.Symbols[name]
			s.order = append(s.order, name)
			var b Binding
			switch sym.Scope {
			case symtable.Local:
				if kind == FunctionScope {
					b = Local
				} else {
					b = NameBinding
				}
			case symtable.Cell:
				b = Cell
				s.cellOrder = append(s.cellOrder, name)
			case symtable.Free:
				b = Free
				s.freeOrder = append(s.freeOrder, name)
			case symtable.GlobalExplicit:
				b = GlobalExplicit
			case symtable.GlobalImplicit:
				if kind == FunctionScope {
					b = GlobalImplicit
				} else {
					b = NameBinding
				}
			default:
				b = NameBinding
			}
			if kind == ClassScope && sym.Flags&symtable.DefFreeClass != 0 && sym.Scope != symtable.Free {
				// A name the class binds that its methods take from an enclosing
				// function: the class passes the cell along.
				s.freeOrder = append(s.freeOrder, name)
			}
			s.bind[name] = b
		}
		if kind == ClassScope && t.NeedsClassClosure {
			s.addCell("__class__")
		}
		if t.Node != nil {
			scopes[t.Node] = s
		}
		for _, c := range t.Children {
			s.children = append(s.children, convert(c, s))
		}
		return s
	}
	top := convert(st.Top, nil)
	scopes[mod] = top
	return scopes, top, nil
}
