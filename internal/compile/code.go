// Code units, constants, the location table and the disassembler. See doc.go.

package compile

import (
	"encoding/binary"
	"fmt"
	"math"
	"math/big"
	"sort"
	"strings"

	"github.com/pyheap/pyheap/internal/syntax"
)

// Code flags (CPython's CO_* values).
const (
	FlagOptimized = 0x1
	FlagNewLocals = 0x2
	FlagVarArgs   = 0x4
	FlagVarKw     = 0x8
	FlagNested    = 0x10
	FlagGenerator = 0x20
)

// Loc is the source range of one instruction: 1-based lines, 0-based UTF-8 byte
// columns, end exclusive; Line 0 means none.
type Loc struct {
	Line, EndLine, Col, EndCol int32
}

// Tuple is a tuple constant.
type Tuple []interface{}

// Code is a compiled code unit (a module, class body, function, lambda or
// comprehension): plain Go data that the VM materializes into the heap.
//
// Constants are nil (None), bool, int64, *big.Int, float64, string, syntax.Bytes,
// syntax.EllipsisType, Tuple or *Code.
type Code struct {
	Name, QualName, Filename string
	FirstLine                int
	ArgCount, PosOnlyCount   int
	KwOnlyCount              int
	Flags                    int
	Instrs                   []uint32 // op | arg<<8
	Locations                string   // each instruction's Loc, encoded (EncodeLocations)
	Consts                   []interface{}
	Names                    []string
	VarNames                 []string // locals, parameters first
	CellVars                 []string
	FreeVars                 []string
	Cell2Arg                 []int // for each cell, the parameter it starts from, or -1
	StackSize                int
	Source                   []byte    // the unit's source text (the file), for tracebacks
	Warnings                 []Warning // the compilation's SyntaxWarnings (top-level unit only)
}

// NLocalsPlus is the size of the frame's locals part: locals, cells and free vars.
func (c *Code) NLocalsPlus() int { return len(c.VarNames) + len(c.CellVars) + len(c.FreeVars) }

// Decode splits an instruction.
func Decode(ins uint32) (Op, int) { return Op(ins & 0xff), int(ins >> 8) }

// LocalName returns the name of localsplus slot i.
func (c *Code) LocalName(i int) string {
	if i < len(c.VarNames) {
		return c.VarNames[i]
	}
	i -= len(c.VarNames)
	if i < len(c.CellVars) {
		return c.CellVars[i]
	}
	return c.FreeVars[i-len(c.CellVars)]
}

// Disassemble returns a listing of c and of the code units among its constants.
func (c *Code) Disassemble() string {
	var b strings.Builder
	c.disassemble(&b)
	return b.String()
}

func (c *Code) disassemble(b *strings.Builder) {
	fmt.Fprintf(b, "code %s (%d args, %d locals, stack %d)\n", c.QualName, c.ArgCount, len(c.VarNames), c.StackSize)
	line := int32(-1)
	locs := c.Locs()
	for pc, ins := range c.Instrs {
		op, arg := Decode(ins)
		l := locs[pc].Line
		ls := "   "
		if l != line {
			ls = fmt.Sprintf("%3d", l)
			line = l
		}
		fmt.Fprintf(b, "%s %4d %s%s\n", ls, pc, op, c.argString(op, arg))
	}
	for _, k := range c.Consts {
		if sub, ok := k.(*Code); ok {
			b.WriteString("\n")
			sub.disassemble(b)
		}
	}
}

func (c *Code) argString(op Op, arg int) string {
	switch op {
	case NOP, POP_TOP, RETURN_VALUE, UNARY_NEGATIVE, UNARY_POSITIVE, UNARY_INVERT, UNARY_NOT,
		BINARY_SUBSCR, STORE_SUBSCR, DELETE_SUBSCR, GET_ITER, POP_BLOCK, POP_EXCEPT, RERAISE,
		CHECK_EXC_MATCH, WITH_EXCEPT_START, LOAD_BUILD_CLASS, LOAD_ASSERTION_ERROR, IMPORT_STAR,
		SETUP_ANNOTATIONS, PRINT_EXPR, LIST_TO_TUPLE, YIELD_VALUE, GET_YIELD_FROM_ITER, YIELD_FROM:
		return ""
	case LOAD_CONST, KW_NAMES:
		return fmt.Sprintf(" %d (%s)", arg, ConstRepr(c.Consts[arg]))
	case LOAD_FAST, STORE_FAST, DELETE_FAST, LOAD_DEREF, STORE_DEREF, DELETE_DEREF, LOAD_CLASSDEREF, LOAD_CLOSURE:
		return fmt.Sprintf(" %d (%s)", arg, c.LocalName(arg))
	case LOAD_GLOBAL, STORE_GLOBAL, DELETE_GLOBAL, LOAD_NAME, STORE_NAME, DELETE_NAME, LOAD_ATTR, STORE_ATTR,
		DELETE_ATTR, IMPORT_NAME, IMPORT_FROM, LOAD_METHOD:
		return fmt.Sprintf(" %d (%s)", arg, c.Names[arg])
	case BINARY_OP:
		return fmt.Sprintf(" %d (%s)", arg, BinSymbols[arg])
	case COMPARE_OP:
		return fmt.Sprintf(" %d (%s)", arg, [...]string{"<", "<=", "==", "!=", ">", ">="}[arg])
	}
	if op.hasJump() {
		return fmt.Sprintf(" to %d", arg)
	}
	return fmt.Sprintf(" %d", arg)
}

// ConstRepr spells a constant as Python's repr would.
func ConstRepr(k interface{}) string {
	switch v := k.(type) {
	case nil:
		return "None"
	case bool:
		if v {
			return "True"
		}
		return "False"
	case *Code:
		return "<code " + v.Name + ">"
	case Tuple:
		parts := make([]string, len(v))
		for i, x := range v {
			parts[i] = ConstRepr(x)
		}
		if len(v) == 1 {
			return "(" + parts[0] + ",)"
		}
		return "(" + strings.Join(parts, ", ") + ")"
	}
	return syntax.ConstantRepr(k)
}

// constKey makes a map key for deduplicating constants (0.0 and -0.0, 1 and 1.0
// and True stay apart, as in CPython).
func constKey(k interface{}) string {
	switch v := k.(type) {
	case nil:
		return "N"
	case bool:
		return fmt.Sprintf("b%v", v)
	case int64:
		return fmt.Sprintf("i%d", v)
	case *big.Int:
		return "I" + v.String()
	case float64:
		return fmt.Sprintf("f%x", math.Float64bits(v))
	case string:
		return "s" + v
	case syntax.Bytes:
		return "y" + string(v)
	case syntax.EllipsisType:
		return "E"
	case Tuple:
		parts := make([]string, len(v))
		for i, x := range v {
			parts[i] = constKey(x)
		}
		return fmt.Sprintf("t%d(%s)", len(v), strings.Join(parts, "\x00"))
	}
	return fmt.Sprintf("?%p", k)
}

// LineOf returns the line of instruction pc.
func (c *Code) LineOf(pc int) int {
	l, ok := c.Loc(pc)
	if !ok {
		return c.FirstLine
	}
	return int(l.Line)
}

// computeStackSize finds the deepest stack any path reaches.
func (c *Code) computeStackSize() int {
	n := len(c.Instrs)
	depth := make([]int, n+1)
	for i := range depth {
		depth[i] = -1
	}
	max := 0
	var work []int
	push := func(pc, d int) {
		if d > 1<<16 {
			panic("compile: unbalanced stack in " + c.QualName)
		}
		if pc <= n && depth[pc] < d {
			depth[pc] = d
			work = append(work, pc)
		}
	}
	push(0, 0)
	for len(work) > 0 {
		pc := work[len(work)-1]
		work = work[:len(work)-1]
		d := depth[pc]
		for pc < n {
			if d > max {
				max = d
			}
			op, arg := Decode(c.Instrs[pc])
			fall, jmp := stackEffect(op, arg)
			if op.hasJump() {
				if d+jmp > max {
					max = d + jmp
				}
				push(arg, d+jmp)
			}
			switch op {
			case JUMP, RETURN_VALUE, RERAISE, RAISE_VARARGS:
				pc = n
				continue
			}
			d += fall
			if d > max {
				max = d
			}
			pc++
			if pc < n && depth[pc] >= d {
				break
			}
			if d > 1<<16 {
				panic("compile: unbalanced stack in " + c.QualName)
			}
			if pc < n {
				depth[pc] = d
			}
		}
	}
	return max + 1
}

// sortedNames is a helper for deterministic output.
func sortedNames(m map[string]int) []string {
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	sort.Slice(out, func(i, j int) bool { return m[out[i]] < m[out[j]] })
	return out
}

// The location table. Instructions compiled for one AST node share its Loc, so the
// table is a list of runs, each a count of instructions and their Loc, every number
// a varint (encoding/binary): count, line minus the previous run's line, endline
// minus line, col, endcol. It takes a byte or two per run where a []Loc took 16
// per instruction, for as long as the code lives (CPython's co_linetable is
// compressed the same way, and also read by a scan from the start: locations are
// needed for tracebacks and frame.f_lineno, not on every instruction).

// EncodeLocations returns the location table of locs, one Loc per instruction.
func EncodeLocations(locs []Loc) string {
	var b []byte
	prevLine := int32(0)
	for i := 0; i < len(locs); {
		j := i + 1
		for j < len(locs) && locs[j] == locs[i] {
			j++
		}
		l := locs[i]
		b = binary.AppendUvarint(b, uint64(j-i))
		b = binary.AppendVarint(b, int64(l.Line)-int64(prevLine))
		b = binary.AppendVarint(b, int64(l.EndLine)-int64(l.Line))
		b = binary.AppendVarint(b, int64(l.Col))
		b = binary.AppendVarint(b, int64(l.EndCol))
		prevLine = l.Line
		i = j
	}
	return string(b)
}

// locReader reads a location table run by run.
type locReader struct {
	table string
	pos   int
	line  int32
}

// next returns the next run: its count of instructions and their Loc (ok false at
// the end of the table, or where it is malformed).
func (r *locReader) next() (n int, l Loc, ok bool) {
	count, k := uvarintString(r.table[r.pos:])
	if k <= 0 || count == 0 || count > math.MaxInt32 {
		return 0, Loc{}, false
	}
	r.pos += k
	var v [4]int64
	for i := range v {
		x, k := uvarintString(r.table[r.pos:])
		if k <= 0 {
			return 0, Loc{}, false
		}
		r.pos += k
		v[i] = int64(x >> 1)
		if x&1 != 0 {
			v[i] = ^v[i]
		}
	}
	line := int64(r.line) + v[0]
	r.line = int32(line)
	return int(count), Loc{Line: int32(line), EndLine: int32(line + v[1]), Col: int32(v[2]), EndCol: int32(v[3])}, true
}

// uvarintString is binary.Uvarint over a string, without converting it.
func uvarintString(s string) (uint64, int) {
	var v uint64
	for i := 0; i < len(s) && i < binary.MaxVarintLen64; i++ {
		b := s[i]
		v |= uint64(b&0x7f) << (7 * uint(i))
		if b < 0x80 {
			return v, i + 1
		}
	}
	return 0, 0
}

// Loc returns the location of instruction pc (ok false if the table has none).
func (c *Code) Loc(pc int) (Loc, bool) {
	if pc < 0 {
		return Loc{}, false
	}
	r := locReader{table: c.Locations}
	for {
		n, l, ok := r.next()
		if !ok {
			return Loc{}, false
		}
		if pc < n {
			return l, true
		}
		pc -= n
	}
}

// Locs returns every instruction's location (for the disassembler and tests).
func (c *Code) Locs() []Loc {
	locs := make([]Loc, 0, len(c.Instrs))
	r := locReader{table: c.Locations}
	for {
		n, l, ok := r.next()
		if !ok {
			break
		}
		for ; n > 0; n-- {
			locs = append(locs, l)
		}
	}
	for len(locs) < len(c.Instrs) {
		locs = append(locs, Loc{})
	}
	return locs[:len(c.Instrs)]
}
