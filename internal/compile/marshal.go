// Code units in a compact binary form, for modules compiled when pyheap is built.

package compile

import (
	"encoding/binary"
	"errors"
	"fmt"
	"math"
	"math/big"

	"github.com/pyheap/pyheap/internal/syntax"
)

// The frozen form of a code unit is what CPython's frozen modules are: the standard
// modules pyheap writes in Python are compiled when pyheap is built (go generate in
// the root package), and an import reads the result instead of tokenizing, parsing
// and compiling the source again. That saves the time, and above all the Go memory:
// compiling contextlib and what it imports allocates about 4 MB of tokens, AST and
// tables that Go's collector frees only after its heap has grown by that much.
//
// The layout, every integer a varint (encoding/binary):
//
//	magic "pyheap-code" 0x00, format version, length of the source
//	strings   count, then each string: length, bytes
//	code      (below), the top-level unit with its nested units inline
//
//	code:  name, qualname, filename (string indexes); firstline, argcount,
//	       posonlycount, kwonlycount, flags, stacksize;
//	       instructions: count, each one;
//	       the location table (Code.Locations): length, bytes;
//	       constants: count, each a tag byte and its value;
//	       names, varnames, cellvars, freevars: count, string indexes;
//	       cell2arg: count, each one
//
// Strings are stored once and referred to by index; Unmarshal returns them as
// substrings of its input, so the names of a frozen module are the binary's own
// read-only bytes. The source text is not part of the form (the caller has it),
// only its length: a source edited since it was frozen almost always has another
// length, and Unmarshal then refuses the stale form (so an edit to a module shows
// even before `go generate`, which the root package's tests demand).

const (
	marshalMagic   = "pyheap-code\x00"
	marshalVersion = 1
)

// Constant tags.
const (
	tagNone = iota
	tagFalse
	tagTrue
	tagInt
	tagBigInt
	tagFloat
	tagStr
	tagBytes
	tagEllipsis
	tagTuple
	tagCode
)

// Marshal returns the frozen form of c and the units nested in it.
func Marshal(c *Code) []byte {
	m := &marshaler{index: map[string]int{}}
	m.collect(c)
	out := append([]byte(nil), marshalMagic...)
	out = binary.AppendUvarint(out, marshalVersion)
	out = binary.AppendUvarint(out, uint64(len(c.Source)))
	out = binary.AppendUvarint(out, uint64(len(m.strs)))
	for _, s := range m.strs {
		out = binary.AppendUvarint(out, uint64(len(s)))
		out = append(out, s...)
	}
	m.out = out
	m.code(c)
	return m.out
}

type marshaler struct {
	strs  []string
	index map[string]int
	out   []byte
}

func (m *marshaler) str(s string) {
	if _, ok := m.index[s]; !ok {
		m.index[s] = len(m.strs)
		m.strs = append(m.strs, s)
	}
}

// collect numbers the strings of c in the order code will write them.
func (m *marshaler) collect(c *Code) {
	m.str(c.Name)
	m.str(c.QualName)
	m.str(c.Filename)
	var constStrs func(k interface{})
	constStrs = func(k interface{}) {
		switch k := k.(type) {
		case string:
			m.str(k)
		case Tuple:
			for _, e := range k {
				constStrs(e)
			}
		case *Code:
			m.collect(k)
		}
	}
	for _, k := range c.Consts {
		constStrs(k)
	}
	for _, list := range [][]string{c.Names, c.VarNames, c.CellVars, c.FreeVars} {
		for _, s := range list {
			m.str(s)
		}
	}
}

func (m *marshaler) uint(v int)  { m.out = binary.AppendUvarint(m.out, uint64(v)) }
func (m *marshaler) int(v int64) { m.out = binary.AppendVarint(m.out, v) }

func (m *marshaler) strList(list []string) {
	m.uint(len(list))
	for _, s := range list {
		m.uint(m.index[s])
	}
}

func (m *marshaler) code(c *Code) {
	m.uint(m.index[c.Name])
	m.uint(m.index[c.QualName])
	m.uint(m.index[c.Filename])
	for _, v := range []int{c.FirstLine, c.ArgCount, c.PosOnlyCount, c.KwOnlyCount, c.Flags, c.StackSize} {
		m.uint(v)
	}
	m.uint(len(c.Instrs))
	for _, ins := range c.Instrs {
		m.uint(int(ins))
	}
	m.uint(len(c.Locations))
	m.out = append(m.out, c.Locations...)
	m.uint(len(c.Consts))
	for _, k := range c.Consts {
		m.constant(k)
	}
	m.strList(c.Names)
	m.strList(c.VarNames)
	m.strList(c.CellVars)
	m.strList(c.FreeVars)
	m.uint(len(c.Cell2Arg))
	for _, v := range c.Cell2Arg {
		m.int(int64(v))
	}
}

func (m *marshaler) constant(k interface{}) {
	switch k := k.(type) {
	case nil:
		m.out = append(m.out, tagNone)
	case bool:
		if k {
			m.out = append(m.out, tagTrue)
		} else {
			m.out = append(m.out, tagFalse)
		}
	case int64:
		m.out = append(m.out, tagInt)
		m.int(k)
	case *big.Int:
		m.out = append(m.out, tagBigInt)
		b := k.Bytes()
		if k.Sign() < 0 {
			m.out = append(m.out, 1)
		} else {
			m.out = append(m.out, 0)
		}
		m.uint(len(b))
		m.out = append(m.out, b...)
	case float64:
		m.out = append(m.out, tagFloat)
		m.out = binary.LittleEndian.AppendUint64(m.out, math.Float64bits(k))
	case string:
		m.out = append(m.out, tagStr)
		m.uint(m.index[k])
	case syntax.Bytes:
		m.out = append(m.out, tagBytes)
		m.uint(len(k))
		m.out = append(m.out, k...)
	case syntax.EllipsisType:
		m.out = append(m.out, tagEllipsis)
	case Tuple:
		m.out = append(m.out, tagTuple)
		m.uint(len(k))
		for _, e := range k {
			m.constant(e)
		}
	case *Code:
		m.out = append(m.out, tagCode)
		m.code(k)
	default:
		panic(fmt.Sprintf("compile.Marshal: constant of type %T", k)) // a compiler bug: Code's doc lists the kinds
	}
}

// errCorrupt is what Unmarshal returns for input Marshal did not write.
var errCorrupt = errors.New("frozen code is corrupt or from another pyheap version")

// errStale is what Unmarshal returns when the source is not the one compiled.
var errStale = errors.New("frozen code was compiled from another version of the source")

// Unmarshal reads the frozen form Marshal wrote. Every unit's Source is source,
// which must be as long as the source compiled (nil: not checked). Its strings are
// substrings of data. It returns an error, never panics, for input that is not
// Marshal's output of this version.
func Unmarshal(data string, source []byte) (*Code, error) {
	if len(data) < len(marshalMagic) || data[:len(marshalMagic)] != marshalMagic {
		return nil, errCorrupt
	}
	u := &unmarshaler{data: data, pos: len(marshalMagic), source: source}
	if u.uint(1<<20) != marshalVersion {
		return nil, errCorrupt
	}
	if n := u.uvarint(); source != nil && n != uint64(len(source)) {
		return nil, errStale
	}
	n := u.count()
	u.strs = make([]string, n)
	for i := range u.strs {
		l := u.count()
		if u.err != nil {
			break
		}
		u.strs[i] = u.data[u.pos : u.pos+l]
		u.pos += l
	}
	c := u.code(0)
	if u.err == nil && u.pos != len(u.data) {
		u.err = errCorrupt
	}
	if u.err != nil {
		return nil, u.err
	}
	return c, nil
}

type unmarshaler struct {
	data   string
	pos    int
	strs   []string
	source []byte
	err    error
}

// maxNesting bounds how deep units and tuples nest in frozen input, so that a
// corrupt file cannot recurse without bound.
const maxNesting = 200

func (u *unmarshaler) fail() {
	if u.err == nil {
		u.err = errCorrupt
	}
}

// uvarint reads one unsigned varint.
func (u *unmarshaler) uvarint() uint64 {
	var v uint64
	for shift := uint(0); shift < 64; shift += 7 {
		if u.pos >= len(u.data) {
			u.fail()
			return 0
		}
		b := u.data[u.pos]
		u.pos++
		v |= uint64(b&0x7f) << shift
		if b < 0x80 {
			return v
		}
	}
	u.fail()
	return 0
}

// uint reads an unsigned varint no larger than max.
func (u *unmarshaler) uint(max uint64) uint64 {
	v := u.uvarint()
	if v > max {
		u.fail()
		return 0
	}
	return v
}

// count reads a length: no more than the bytes left, since every item takes one.
func (u *unmarshaler) count() int {
	v := u.uvarint()
	if v > uint64(len(u.data)-u.pos) {
		u.fail()
		return 0
	}
	return int(v)
}

func (u *unmarshaler) int() int64 {
	x := u.uvarint()
	v := int64(x >> 1)
	if x&1 != 0 {
		v = ^v
	}
	return v
}

func (u *unmarshaler) int32() int32 {
	v := u.int()
	if v < math.MinInt32 || v > math.MaxInt32 {
		u.fail()
		return 0
	}
	return int32(v)
}

func (u *unmarshaler) str() string {
	i := u.uint(uint64(len(u.strs)))
	if u.err != nil || int(i) >= len(u.strs) {
		u.fail()
		return ""
	}
	return u.strs[i]
}

func (u *unmarshaler) strList() []string {
	n := u.count()
	if n == 0 || u.err != nil {
		return nil
	}
	list := make([]string, n)
	for i := range list {
		list[i] = u.str()
	}
	return list
}

func (u *unmarshaler) code(depth int) *Code {
	if depth > maxNesting {
		u.fail()
		return nil
	}
	c := &Code{Source: u.source}
	c.Name, c.QualName, c.Filename = u.str(), u.str(), u.str()
	const maxField = 1 << 30
	c.FirstLine = int(u.uint(maxField))
	c.ArgCount = int(u.uint(maxField))
	c.PosOnlyCount = int(u.uint(maxField))
	c.KwOnlyCount = int(u.uint(maxField))
	c.Flags = int(u.uint(maxField))
	c.StackSize = int(u.uint(maxField))
	if n := u.count(); n > 0 && u.err == nil {
		c.Instrs = make([]uint32, n)
		for i := range c.Instrs {
			c.Instrs[i] = uint32(u.uint(math.MaxUint32))
		}
	}
	if n := u.count(); u.err == nil {
		c.Locations = u.data[u.pos : u.pos+n]
		u.pos += n
	}
	if n := u.count(); n > 0 && u.err == nil {
		c.Consts = make([]interface{}, n)
		for i := range c.Consts {
			c.Consts[i] = u.constant(depth)
		}
	}
	c.Names = u.strList()
	c.VarNames = u.strList()
	c.CellVars = u.strList()
	c.FreeVars = u.strList()
	if n := u.count(); n > 0 && u.err == nil {
		c.Cell2Arg = make([]int, n)
		for i := range c.Cell2Arg {
			c.Cell2Arg[i] = int(u.int32())
		}
	}
	if u.err != nil {
		return nil
	}
	return c
}

func (u *unmarshaler) constant(depth int) interface{} {
	if u.pos >= len(u.data) {
		u.fail()
		return nil
	}
	tag := u.data[u.pos]
	u.pos++
	switch tag {
	case tagNone:
		return nil
	case tagFalse:
		return false
	case tagTrue:
		return true
	case tagInt:
		return u.int()
	case tagBigInt:
		if u.pos >= len(u.data) {
			u.fail()
			return nil
		}
		neg := u.data[u.pos] != 0
		u.pos++
		n := u.count()
		if u.err != nil {
			return nil
		}
		v := new(big.Int).SetBytes([]byte(u.data[u.pos : u.pos+n]))
		u.pos += n
		if neg {
			v.Neg(v)
		}
		return v
	case tagFloat:
		if len(u.data)-u.pos < 8 {
			u.fail()
			return nil
		}
		bits := binary.LittleEndian.Uint64([]byte(u.data[u.pos : u.pos+8]))
		u.pos += 8
		return math.Float64frombits(bits)
	case tagStr:
		return u.str()
	case tagBytes:
		n := u.count()
		if u.err != nil {
			return nil
		}
		b := syntax.Bytes(u.data[u.pos : u.pos+n])
		u.pos += n
		return b
	case tagEllipsis:
		return syntax.EllipsisType{}
	case tagTuple:
		if depth > maxNesting {
			u.fail()
			return nil
		}
		n := u.count()
		if u.err != nil {
			return nil
		}
		t := make(Tuple, n)
		for i := range t {
			t[i] = u.constant(depth + 1)
		}
		return t
	case tagCode:
		return u.code(depth + 1)
	}
	u.fail()
	return nil
}
