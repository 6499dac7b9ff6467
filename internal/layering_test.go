package internal_test

import (
	"os/exec"
	"strings"
	"testing"
)

const module = "github.com/pyheap/pyheap"

// layers lists pyheap's packages from the bottom up, each with the project packages it
// may import. Imports point one way only: a package may import packages of the layers
// before it, never after (DESIGN.md, "Layers"). A lower layer that needs to call upward
// declares a function value or interface that internal/vm installs.
//
// A package missing from this table fails the test: place every new package in a layer.
var layers = []struct {
	pkg     string   // path relative to the module; "" is the root package
	mayUse  []string // project packages it may import (relative paths)
	subtree bool     // the entry also covers pkg/... (e.g. internal/modules/...)
	// testMayUse lists what the package's tests may import besides mayUse: lower
	// layers of the other stack (the object tests parse Python literals with the
	// front end to build their cases).
	testMayUse []string
}{
	{pkg: "internal/debug"},
	{pkg: "internal/syntax", mayUse: []string{"internal/debug"}},
	{pkg: "internal/symtable", mayUse: []string{"internal/debug", "internal/syntax"}},
	{pkg: "internal/compile", mayUse: []string{"internal/debug", "internal/syntax", "internal/symtable"}},
	{pkg: "internal/heap", mayUse: []string{"internal/debug"}},
	{pkg: "internal/object", mayUse: []string{"internal/debug", "internal/heap"}, testMayUse: []string{"internal/syntax"}},
	{pkg: "internal/gc", mayUse: []string{"internal/debug", "internal/heap", "internal/object"}},
	{pkg: "internal/memmap", mayUse: []string{"internal/debug", "internal/heap", "internal/object"}},
	{pkg: "internal/vm", mayUse: []string{"internal/debug", "internal/syntax", "internal/symtable", "internal/compile",
		"internal/heap", "internal/object", "internal/gc", "internal/memmap"}},
	// The modules may name the compiler's modes (compile(), exec() and eval() in
	// builtins): the compiler is a lower layer of plain Go data.
	{pkg: "internal/modules", subtree: true, mayUse: []string{"internal/debug", "internal/heap", "internal/object",
		"internal/gc", "internal/memmap", "internal/vm", "internal/modules", "internal/compile"}},
	{pkg: "api", mayUse: []string{"internal/debug"}},
	{pkg: "", mayUse: []string{"*"}},
	{pkg: "cmd/pyheap", mayUse: []string{"", "api"}},
	// Tools that only run the built binary.
	{pkg: "bench", subtree: true},
}

func layerOf(rel string) (allowed, testAllowed []string, ok bool) {
	for _, l := range layers {
		if rel == l.pkg || (l.subtree && strings.HasPrefix(rel, l.pkg+"/")) {
			return l.mayUse, append(append([]string{}, l.mayUse...), l.testMayUse...), true
		}
	}
	return nil, nil, false
}

func permitted(allowed []string, dep string) bool {
	for _, a := range allowed {
		if a == "*" && dep != "cmd/pyheap" {
			return true
		}
		if dep == a || (a != "" && strings.HasPrefix(dep, a+"/")) {
			return true
		}
	}
	return false
}

// TestLayering checks every import edge between the project's packages (tests
// included) against the layer table.
func TestLayering(t *testing.T) {
	out, err := exec.Command("go", "list", "-f",
		`{{.ImportPath}}|{{join .Imports " "}}|{{join .TestImports " "}} {{join .XTestImports " "}}`,
		module+"/...").CombinedOutput()
	if err != nil {
		t.Fatalf("go list: %v\n%s", err, out)
	}
	rel := func(p string) (string, bool) {
		if p == module {
			return "", true
		}
		if strings.HasPrefix(p, module+"/") {
			return strings.TrimPrefix(p, module+"/"), true
		}
		return "", false
	}
	for _, line := range strings.Split(strings.TrimSpace(string(out)), "\n") {
		fields := strings.SplitN(line, "|", 3)
		path, imports, testImports := fields[0], fields[1], fields[2]
		from, _ := rel(path)
		if from == "internal" { // this test's own package
			continue
		}
		allowed, testAllowed, ok := layerOf(from)
		if !ok {
			t.Errorf("package %q is not in the layer table of internal/layering_test.go: add it", path)
			continue
		}
		check := func(imports string, allowed []string, what string) {
			for _, imp := range strings.Fields(imports) {
				dep, inModule := rel(imp)
				if !inModule || dep == from || dep == "internal/testing" || strings.HasPrefix(dep, "internal/testing/") {
					continue
				}
				if !permitted(allowed, dep) {
					t.Errorf("%s%s imports %s: the layers allow only %q", path, what, imp, allowed)
				}
			}
		}
		check(imports, allowed, "")
		check(testImports, testAllowed, " (tests)")
	}
}
