// The second pass: deciding the scope of every name. See doc.go.

package symtable

type nameSet map[string]bool

func (s nameSet) copy() nameSet {
	c := make(nameSet, len(s))
	for k := range s {
		c[k] = true
	}
	return c
}

func (s nameSet) addAll(o nameSet) {
	for k := range o {
		s[k] = true
	}
}

// analyze is symtable_analyze.
func (b *builder) analyze() {
	b.analyzeBlock(b.st.Top, nil, nameSet{}, nameSet{})
}

// analyzeName is analyze_name: decide the scope of name in t, given the
// names bound in enclosing function blocks (bound, nil at module level) and
// declared global (global). New locals go to local, free names to free.
func (b *builder) analyzeName(t *Table, scopes map[string]Scope, name string, flags Flags,
	bound, local, free, global nameSet) {
	switch {
	case flags&DefGlobal != 0:
		if flags&DefNonlocal != 0 {
			b.errorf(t.directives[name], "name '%s' is nonlocal and global", name)
		}
		scopes[name] = GlobalExplicit
		global[name] = true
		if bound != nil {
			delete(bound, name)
		}
	case flags&DefNonlocal != 0:
		if bound == nil {
			b.errorf(t.directives[name], "nonlocal declaration not allowed at module level")
		}
		if !bound[name] {
			b.errorf(t.directives[name], "no binding for nonlocal '%s' found", name)
		}
		scopes[name] = Free
		t.Free = true
		free[name] = true
	case flags&DefBound != 0:
		scopes[name] = Local
		local[name] = true
		delete(global, name)
	case bound != nil && bound[name]:
		scopes[name] = Free
		t.Free = true
		free[name] = true
	case global[name]:
		scopes[name] = GlobalImplicit
	default:
		if t.Nested {
			t.Free = true
		}
		scopes[name] = GlobalImplicit
	}
}

// analyzeBlock is analyze_block.
func (b *builder) analyzeBlock(t *Table, bound, free, global nameSet) {
	local := nameSet{}
	scopes := make(map[string]Scope, len(t.Names))
	newGlobal, newFree, newBound := nameSet{}, nameSet{}, nameSet{}

	// A class namespace is not visible in nested functions: what the
	// children see is decided before the class's own names.
	if t.Type == ClassBlock {
		newGlobal.addAll(global)
		if bound != nil {
			newBound.addAll(bound)
		}
	}
	for _, name := range t.Names {
		b.analyzeName(t, scopes, name, t.Symbols[name].Flags, bound, local, free, global)
	}
	if t.Type != ClassBlock {
		if t.Type == FunctionBlock {
			newBound.addAll(local)
		}
		if bound != nil {
			newBound.addAll(bound)
		}
		newGlobal.addAll(global)
	} else {
		newBound["__class__"] = true
	}

	allFree := nameSet{}
	for _, c := range t.Children {
		// analyze_child_block: the child works on copies.
		childFree := newFree.copy()
		b.analyzeBlock(c, newBound.copy(), childFree, newGlobal.copy())
		allFree.addAll(childFree)
		if c.Free || c.ChildFree {
			t.ChildFree = true
		}
	}
	newFree.addAll(allFree)

	switch t.Type {
	case FunctionBlock:
		// analyze_cells: locals that children use become cells.
		for _, name := range t.Names {
			if scopes[name] == Local && newFree[name] {
				scopes[name] = Cell
				delete(newFree, name)
			}
		}
	case ClassBlock:
		// drop_class_free
		if newFree["__class__"] {
			delete(newFree, "__class__")
			t.NeedsClassClosure = true
		}
	}
	b.updateSymbols(t, scopes, bound, newFree, t.Type == ClassBlock)
	free.addAll(newFree)
}

// updateSymbols is update_symbols: record the scopes, and the free
// variables of children that pass through this block.
func (b *builder) updateSymbols(t *Table, scopes map[string]Scope, bound, free nameSet, classFlag bool) {
	for _, name := range t.Names {
		t.Symbols[name].Scope = scopes[name]
	}
	// CPython iterates the free set in hash order; the result does not
	// depend on the order, but new names are appended in sorted order so
	// that Names is deterministic.
	for _, name := range sortedNames(free) {
		if s := t.Symbols[name]; s != nil {
			// A method's free variable that the class also binds.
			if classFlag && s.Flags&(DefBound|DefGlobal) != 0 {
				s.Flags |= DefFreeClass
			}
			continue
		}
		if bound != nil && !bound[name] {
			continue // a global
		}
		t.Symbols[name] = &Symbol{Name: name, Scope: Free}
		t.Names = append(t.Names, name)
	}
}

func sortedNames(s nameSet) []string {
	names := make([]string, 0, len(s))
	for k := range s {
		names = append(names, k)
	}
	for i := 1; i < len(names); i++ {
		for j := i; j > 0 && names[j] < names[j-1]; j-- {
			names[j], names[j-1] = names[j-1], names[j]
		}
	}
	return names
}
