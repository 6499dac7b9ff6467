// Scopes as the code generator reads them. The analysis itself is
// internal/symtable's (CPython's symtable.c); symtable.go converts its tables.
// See doc.go.

package compile

// ScopeKind is the kind of a scope.
type ScopeKind uint8

const (
	ModuleScope ScopeKind = iota
	ClassScope
	FunctionScope
)

// Binding is how a name is resolved in a scope.
type Binding uint8

const (
	Unresolved     Binding = iota
	Local                  // a fast local of a function
	Cell                   // a local held in a cell because an inner function uses it
	Free                   // a variable of an enclosing function, reached through a cell
	GlobalExplicit         // declared global
	GlobalImplicit         // not bound anywhere enclosing: global or builtin
	NameBinding            // module or class namespace (LOAD_NAME)
)

// scope is one scope's analysis.
type scope struct {
	kind      ScopeKind
	name      string
	node      interface{}
	parent    *scope
	children  []*scope
	order     []string // names in first-seen order
	params    []string // parameters in order
	bind      map[string]Binding
	isGen     bool
	isComp    bool
	needClass bool // a class scope whose methods use __class__
	freeOrder []string
	cellOrder []string
	lineno    int
}

func (s *scope) addFree(name string) {
	for _, n := range s.freeOrder {
		if n == name {
			return
		}
	}
	s.freeOrder = append(s.freeOrder, name)
}

func (s *scope) addCell(name string) {
	for _, n := range s.cellOrder {
		if n == name {
			return
		}
	}
	s.cellOrder = append(s.cellOrder, name)
}
