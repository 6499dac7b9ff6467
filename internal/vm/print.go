// Printing exceptions and tracebacks exactly as CPython 3.11 does. See doc.go.

package vm

import (
	"fmt"
	"strings"
	"unicode/utf8"

	"github.com/pyheap/pyheap/internal/object"
	"github.com/pyheap/pyheap/internal/syntax"
)

// PrintException writes exc (a traceback, the chain, the message) to stderr.
func (in *Interp) PrintException(exc Ref) { in.printException(exc) }

func (in *Interp) printException(exc Ref) {
	var b strings.Builder
	in.formatChain(&b, exc, map[Ref]bool{})
	in.writeErr(b.String())
}

// DisplayHook is sys.displayhook (CPython's sys_displayhook), what the
// interactive prompt's PRINT_EXPR calls with each expression statement's value:
// nothing for None; else builtins._ is cleared, repr(v) and a newline go to
// sys.stdout (through its write method when the program replaced it), and
// builtins._ becomes v.
func (in *Interp) DisplayHook(v Ref) Ref {
	rt := in.RT
	if v == rt.None {
		return rt.New(rt.None)
	}
	if rt.DictSetStr(in.Builtins, "_", rt.None) < 0 {
		return Nil
	}
	out := in.SysAttr("stdout")
	if out == Nil || out == rt.None {
		rt.Raise("RuntimeError", "lost sys.stdout")
		return Nil
	}
	s := rt.Repr(v)
	if s == Nil {
		return Nil
	}
	defer rt.Decref(s)
	if w := in.GoWriter(out); w != nil {
		fmt.Fprint(w, rt.GoString(s)+"\n")
	} else {
		rt.Incref(out)
		defer rt.Decref(out)
		for _, part := range []Ref{s, in.Str("\n")} {
			r := rt.CallMethod(out, "write", part)
			if r == Nil {
				return Nil
			}
			rt.Decref(r)
		}
	}
	if rt.DictSetStr(in.Builtins, "_", v) < 0 {
		return Nil
	}
	return rt.New(rt.None)
}

// DisplayException writes exc, its traceback and its chain to sys.stderr as
// CPython's PyErr_Display does (sys.__excepthook__): through the object's write
// method when the program replaced sys.stderr (a StringIO, say), nothing when it
// is None, the process's stderr when the attribute is gone. A failing write is
// ignored.
func (in *Interp) DisplayException(exc Ref) {
	rt := in.RT
	var b strings.Builder
	in.formatChain(&b, exc, map[Ref]bool{})
	f := in.SysAttr("stderr")
	switch {
	case f == Nil:
		in.writeErr(b.String() + "lost sys.stderr\n")
		return
	case f == rt.None:
		return
	}
	if w := in.GoWriter(f); w != nil {
		fmt.Fprint(w, b.String())
		return
	}
	saved := rt.Fetch()
	if str := rt.NewStr(b.String()); str != Nil {
		if r := rt.CallMethod(f, "write", str); r != Nil {
			rt.Decref(r)
		}
		rt.Decref(str)
	}
	rt.ClearErr()
	if r := rt.CallMethod(f, "flush"); r != Nil {
		rt.Decref(r)
	}
	rt.ClearErr()
	rt.Restore(saved)
}

func (in *Interp) formatChain(b *strings.Builder, exc Ref, seen map[Ref]bool) {
	in.formatRecursive(b, exc, &groupCtx{seen: seen})
}

// groupCtx is the state of printing an exception inside exception groups
// (CPython's exception_print_context): the nesting depth, which indents every
// line by two spaces per level and marks it with "| ", and whether the current
// group still owes its closing line.
type groupCtx struct {
	seen      map[Ref]bool
	depth     int
	needClose bool
}

// CPython's limits on printing groups: sub-exceptions shown per group, and depth.
const (
	maxGroupWidth = 15
	maxGroupDepth = 10
)

func (c *groupCtx) indent() string { return strings.Repeat(" ", 2*c.depth) }

func (c *groupCtx) margin() string {
	if c.depth > 0 {
		return "| "
	}
	return ""
}

// writeIndented writes text, each of its lines prefixed with prefix.
func writeIndented(b *strings.Builder, text, prefix string) {
	if prefix == "" {
		b.WriteString(text)
		return
	}
	for _, line := range strings.SplitAfter(text, "\n") {
		if line != "" {
			b.WriteString(prefix)
			b.WriteString(line)
		}
	}
}

// formatRecursive prints exc after its cause or context (CPython's
// print_exception_recursive).
func (in *Interp) formatRecursive(b *strings.Builder, exc Ref, c *groupCtx) {
	rt := in.RT
	c.seen[exc] = true
	if rt.IsException(exc) {
		cause := *rt.ExcField(exc, "cause")
		ctx := *rt.ExcField(exc, "context")
		if cause != Nil && !c.seen[cause] {
			in.formatRecursive(b, cause, c)
			in.chainMessage(b, c, "The above exception was the direct cause of the following exception:\n")
		} else if ctx != Nil && *rt.ExcSuppressContext(exc) == 0 && !c.seen[ctx] {
			in.formatRecursive(b, ctx, c)
			in.chainMessage(b, c, "During handling of the above exception, another exception occurred:\n")
		}
	}
	if rt.IsExceptionGroup(exc) {
		in.formatGroup(b, exc, c)
	} else {
		in.formatOne(b, exc, c, false)
	}
}

func (in *Interp) chainMessage(b *strings.Builder, c *groupCtx, msg string) {
	p := c.indent() + c.margin()
	b.WriteString(p + "\n" + p + msg + p + "\n")
}

// formatOne prints an exception's traceback and message (CPython's print_exception).
func (in *Interp) formatOne(b *strings.Builder, exc Ref, c *groupCtx, group bool) {
	rt := in.RT
	prefix := c.indent() + c.margin()
	if rt.IsException(exc) {
		if tb := *rt.ExcField(exc, "traceback"); tb != Nil {
			header, headMargin := "Traceback (most recent call last):", c.margin()
			if group {
				header = "Exception Group Traceback (most recent call last):"
				if c.depth == 1 {
					headMargin = "+ "
				}
			}
			b.WriteString(c.indent() + headMargin + header + "\n")
			var t strings.Builder
			in.formatTraceback(&t, tb)
			writeIndented(b, t.String(), prefix)
		}
	}
	var t strings.Builder
	in.formatExceptionOnly(&t, exc)
	writeIndented(b, t.String(), prefix)
}

// formatGroup prints a group and, nested in boxes, its sub-exceptions (CPython's
// print_exception_group).
func (in *Interp) formatGroup(b *strings.Builder, exc Ref, c *groupCtx) {
	rt := in.RT
	if c.depth > maxGroupDepth {
		fmt.Fprintf(b, "%s%s... (max_group_depth is %d)\n", c.indent(), c.margin(), maxGroupDepth)
		return
	}
	top := c.depth == 0
	if top {
		c.depth++
	}
	in.formatOne(b, exc, c, true)
	excs := rt.TupleItems(rt.ExceptionGroupExceptions(exc))
	n := len(excs)
	shown := min(n, maxGroupWidth)
	rows := shown
	if n > maxGroupWidth {
		rows++
	}
	c.depth++
	for i := 0; i < rows; i++ {
		last := i == rows-1
		if last {
			c.needClose = true
		}
		if i == 0 {
			b.WriteString(strings.Repeat(" ", 2*c.depth-2) + "+-")
		} else {
			b.WriteString(c.indent())
		}
		if i < shown {
			fmt.Fprintf(b, "+---------------- %d ----------------\n", i+1)
			in.formatRecursive(b, excs[i], c)
		} else {
			b.WriteString("+---------------- ... ----------------\n")
			more := n - maxGroupWidth
			s := "s"
			if more == 1 {
				s = ""
			}
			fmt.Fprintf(b, "%s%sand %d more exception%s\n", c.indent(), c.margin(), more, s)
		}
		if last && c.needClose {
			b.WriteString(c.indent() + "+------------------------------------\n")
			c.needClose = false
		}
	}
	c.depth--
	if top {
		c.depth--
	}
}

func (in *Interp) sourceLine(file string, line int) (string, bool) {
	if strings.HasPrefix(file, "<") && strings.HasSuffix(file, ">") {
		return "", false // "<string>", "<stdin>": no file to read the line from
	}
	src, ok := in.sources[file]
	if !ok || line <= 0 {
		return "", false
	}
	n := 1
	start := 0
	for i := 0; i < len(src) && n < line; i++ {
		if src[i] == '\n' {
			n++
			start = i + 1
		}
	}
	if n != line || start > len(src) {
		return "", false
	}
	end := start
	for end < len(src) && src[end] != '\n' {
		end++
	}
	return strings.TrimRight(string(src[start:end]), "\r"), true
}

func (in *Interp) formatTraceback(b *strings.Builder, tb Ref) {
	rt := in.RT
	var lastFile, lastName string
	lastLine := -1
	count := 0
	flush := func() {
		if count > 3 {
			n := count - 3
			s := "s"
			if n == 1 {
				s = ""
			}
			fmt.Fprintf(b, "  [Previous line repeated %d more time%s]\n", n, s)
		}
	}
	for ; tb != Nil; tb = *rt.RefAt(tb, tbNext) {
		ci := in.codeOf(*rt.RefAt(tb, tbCode))
		lasti := int(*rt.Uint32At(tb, tbLasti))
		line := in.tbLine(tb)
		file, name := ci.c.Filename, ci.c.Name
		if file == lastFile && line == lastLine && name == lastName {
			count++
			if count > 3 {
				continue
			}
		} else {
			flush()
			lastFile, lastLine, lastName = file, line, name
			count = 1
		}
		fmt.Fprintf(b, "  File \"%s\", line %d, in %s\n", file, line, name)
		src, ok := in.sourceLine(file, line)
		if !ok {
			continue
		}
		stripped := strings.TrimLeft(src, " \t\f")
		if strings.TrimSpace(stripped) == "" {
			continue
		}
		fmt.Fprintf(b, "    %s\n", stripped)
		if l, ok := ci.c.Loc(lasti); ok {
			b.WriteString(carets(src, l.Line, l.EndLine, int(l.Col), int(l.EndCol)))
		}
	}
	flush()
}

// carets returns the ~~~^^^ line under a source line, or "".
func carets(line string, startLine, endLine int32, startCol, endCol int) string {
	if startLine <= 0 || startCol < 0 || endCol < 0 {
		return ""
	}
	if startCol > len(line) {
		return ""
	}
	charOff := func(byteOff int) int {
		if byteOff > len(line) {
			byteOff = len(line)
		}
		return utf8.RuneCountInString(line[:byteOff])
	}
	start := charOff(startCol)
	end := 0
	left, right := -1, -1
	primary, secondary := "^", "^"
	if startLine == endLine {
		if endCol > len(line) {
			endCol = len(line)
		}
		end = charOff(endCol)
		if endCol > startCol {
			if l, r, ok := anchors(line[startCol:endCol]); ok {
				left = start + utf8.RuneCountInString(line[startCol:startCol+l])
				right = start + utf8.RuneCountInString(line[startCol:min(startCol+r, endCol)])
				primary, secondary = "~", "^"
			}
		}
	} else {
		t := strings.TrimRight(line, " \t\f\r\n")
		end = utf8.RuneCountInString(t)
	}
	trimmed := strings.TrimLeft(line, " \t\f")
	indent := utf8.RuneCountInString(line) - utf8.RuneCountInString(trimmed)
	strippedLen := utf8.RuneCountInString(strings.TrimRight(trimmed, "\r\n"))
	if end-start == strippedLen && left == -1 {
		return ""
	}
	var b strings.Builder
	b.WriteString("    ")
	for off := indent + 1; off <= end; off++ {
		switch {
		case off <= start:
			b.WriteByte(' ')
		case left != -1 && left < off && off <= right:
			b.WriteString(secondary)
		default:
			b.WriteString(primary)
		}
	}
	b.WriteByte('\n')
	return b.String()
}

// anchors finds the operator of a binary operation or the brackets of a subscript
// in a source segment (byte offsets into it), as CPython 3.11's traceback does.
func anchors(seg string) (left, right int, ok bool) {
	defer func() {
		if recover() != nil {
			ok = false
		}
	}()
	mod, err := syntax.Parse("<segment>", []byte(seg))
	if err != nil || len(mod.Body) != 1 {
		return 0, 0, false
	}
	es, isExpr := mod.Body[0].(*syntax.ExprStmt)
	if !isExpr {
		return 0, 0, false
	}
	switch e := es.Value.(type) {
	case *syntax.BinOp:
		lend := int(e.Left.Position().EndColOffset)
		rstart := int(e.Right.Position().ColOffset)
		if e.Left.Position().EndLineno != 1 || e.Right.Position().Lineno != 1 {
			return 0, 0, false
		}
		for i := lend; i < rstart && i < len(seg); i++ {
			c := seg[i]
			if c == ' ' || c == '\t' || c == '\f' || c == '\n' {
				continue
			}
			left, right = i, i+1
			if i+1 < rstart && !(seg[i+1] == ' ' || seg[i+1] == '\t' || seg[i+1] == '\f' || seg[i+1] == '\n') {
				right++
			}
			if i+1 < rstart && c == ')' {
				continue
			}
			break
		}
		return left, right, true
	case *syntax.Subscript:
		if e.Value.Position().EndLineno != 1 || e.Slice.Position().EndLineno != 1 {
			return 0, 0, false
		}
		return int(e.Value.Position().EndColOffset), int(e.Slice.Position().EndColOffset) + 1, true
	}
	return 0, 0, false
}

// typeDisplayName is the exception class as tracebacks name it: qualified by its
// module unless that is builtins or __main__.
func (in *Interp) typeDisplayName(t *object.Type) string {
	rt := in.RT
	name := t.Name
	if q := rt.TypeQualname(t); q != Nil && rt.IsStr(q) {
		name = rt.GoString(q)
	}
	if t.Flags&object.TypeHeapType == 0 {
		if i := strings.LastIndexByte(t.Name, '.'); i >= 0 {
			return t.Name
		}
		return name
	}
	mod := rt.DictGetStr(rt.TypeDict(t), in.Str("__module__"))
	if mod == Nil || !rt.IsStr(mod) {
		return "<unknown>." + name
	}
	m := rt.GoString(mod)
	if m == "builtins" || m == "__main__" {
		return name
	}
	return m + "." + name
}

func (in *Interp) excAttr(exc Ref, name string) Ref {
	rt := in.RT
	if !rt.IsException(exc) {
		return Nil
	}
	d := *rt.ExcField(exc, "dict")
	if d == Nil {
		return Nil
	}
	return rt.DictGetStr(d, in.Str(name))
}

func (in *Interp) formatExceptionOnly(b *strings.Builder, exc Ref) {
	rt := in.RT
	t := rt.TypeOf(exc)
	stype := in.typeDisplayName(t)
	if rt.IsInstance(exc, rt.ExcType("SyntaxError")) {
		if in.formatSyntaxError(b, exc, stype) {
			in.formatNotes(b, exc)
			return
		}
	}
	s := rt.Str(exc)
	var msg string
	if s == Nil {
		rt.ClearErr()
		msg = "<exception str() failed>"
	} else {
		msg = rt.GoString(s)
		rt.Decref(s)
	}
	msg += in.suggestionFor(exc)
	if msg == "" {
		fmt.Fprintf(b, "%s\n", stype)
	} else {
		fmt.Fprintf(b, "%s: %s\n", stype, msg)
	}
	in.formatNotes(b, exc)
}

func (in *Interp) formatNotes(b *strings.Builder, exc Ref) {
	rt := in.RT
	notes := in.excAttr(exc, "__notes__")
	if notes == Nil {
		return
	}
	if !rt.IsList(notes) && !rt.IsTuple(notes) {
		r := rt.Repr(notes)
		if r != Nil {
			fmt.Fprintf(b, "%s\n", rt.GoString(r))
			rt.Decref(r)
		} else {
			rt.ClearErr()
		}
		return
	}
	var items []Ref
	if rt.IsList(notes) {
		items = append(items, rt.ListItems(notes)...)
	} else {
		items = rt.TupleItems(notes)
	}
	for _, n := range items {
		var s Ref
		if rt.IsStr(n) {
			s = rt.New(n)
		} else {
			s = rt.Str(n)
		}
		if s == Nil {
			rt.ClearErr()
			b.WriteString("<note str() failed>\n")
			continue
		}
		b.WriteString(rt.GoString(s) + "\n")
		rt.Decref(s)
	}
}

func (in *Interp) intAttr(exc Ref, name string) (int, bool) {
	v := in.excAttr(exc, name)
	if v == Nil || v&1 == 0 {
		return 0, false
	}
	return int(v.SmallInt()), true
}

// formatSyntaxError writes CPython's display of a SyntaxError (pythonrun.c's
// print_exception and print_error_text).
func (in *Interp) formatSyntaxError(b *strings.Builder, exc Ref, stype string) bool {
	rt := in.RT
	msgR := in.excAttr(exc, "msg")
	if msgR == Nil {
		return false
	}
	file := "<string>"
	if f := in.excAttr(exc, "filename"); f != Nil && rt.IsStr(f) {
		file = rt.GoString(f)
	}
	lineno, hasLine := in.intAttr(exc, "lineno")
	if hasLine {
		fmt.Fprintf(b, "  File \"%s\", line %d\n", file, lineno)
	}
	if t := in.excAttr(exc, "text"); t != Nil && rt.IsStr(t) {
		text := rt.GoString(t)
		offset, hasOff := in.intAttr(exc, "offset")
		endOffset, _ := in.intAttr(exc, "end_offset")
		if !hasOff {
			offset = -1
		}
		// Work in characters, as CPython's offsets are.
		runes := []rune(text)
		offset--
		endOffset--
		i := 0
		for i < len(runes) && (runes[i] == ' ' || runes[i] == '\t' || runes[i] == '\f') {
			i++
			offset--
			endOffset--
		}
		runes = runes[i:]
		n := len(runes)
		if n > 0 && runes[n-1] == '\n' {
			n--
		}
		if offset > n {
			offset = n
		}
		for {
			nl := -1
			for j, r := range runes {
				if r == '\n' {
					nl = j
					break
				}
			}
			if nl < 0 || nl >= offset {
				break
			}
			runes = runes[nl+1:]
			n -= nl + 1
			offset -= nl + 1
			endOffset -= nl + 1
		}
		line := string(runes)
		b.WriteString("    " + line)
		if n >= len(runes) || runes[n] != '\n' {
			b.WriteString("\n")
		}
		if hasOff && offset >= 0 {
			// CPython 3.11's PyErr_Display draws one caret.
			b.WriteString("    ")
			b.WriteString(strings.Repeat(" ", offset))
			b.WriteString("^\n")
		}
		_ = endOffset
	}
	msg := rt.GoString(msgR)
	if msg == "" {
		msg = "<no detail available>"
	}
	fmt.Fprintf(b, "%s: %s\n", stype, msg)
	return true
}

// NewSyntaxError converts a parser error into a SyntaxError (or subclass) instance.
func (in *Interp) NewSyntaxError(se *syntax.SyntaxError) Ref {
	rt := in.RT
	if se.Kind == syntax.KindTooDeep {
		return in.newExc("MemoryError", "")
	}
	if se.Kind == syntax.KindRecursion {
		return in.newExc("RecursionError", se.Msg)
	}
	t := rt.ExcType(se.Class())
	msg := rt.NewStr(se.Msg)
	fileR := rt.NewStr(se.Filename)
	text := Ref(rt.None)
	if se.Text != "" || se.Lineno == 0 {
		// An error on line 0 is empty input: CPython's text is '', not None.
		text = rt.NewStr(se.Text)
	}
	details := rt.TuplePack(fileR, rt.NewInt(int64(se.Lineno)), rt.NewInt(int64(se.Offset)), text,
		rt.NewInt(int64(se.EndLineno)), rt.NewInt(int64(se.EndOffset)))
	args := rt.TuplePack(msg, details)
	e := rt.NewException(t, args)
	rt.Decref(args)
	d := rt.ExcField(e, "dict")
	if *d == Nil {
		*d = rt.NewDict()
	}
	set := func(k string, v Ref) { rt.DictSetStr(*d, k, v) }
	items := rt.TupleItems(details)
	set("msg", msg)
	set("filename", items[0])
	set("lineno", items[1])
	set("offset", items[2])
	set("text", items[3])
	set("end_lineno", items[4])
	set("end_offset", items[5])
	set("print_file_and_line", rt.None)
	return e
}

// suggestionFor returns ". Did you mean: 'x'?" for a NameError or AttributeError.
func (in *Interp) suggestionFor(exc Ref) string {
	rt := in.RT
	nameR := in.excAttr(exc, "name")
	if nameR == Nil || !rt.IsStr(nameR) {
		return ""
	}
	name := rt.GoString(nameR)
	var s string
	switch {
	case rt.IsInstance(exc, rt.ExcType("NameError")):
		if v, ok := in.suggestions[exc]; ok && strings.HasPrefix(v, name+"\x00") {
			s = v[len(name)+1:]
		}
	case rt.IsInstance(exc, rt.ExcType("AttributeError")):
		if obj := in.excAttr(exc, "obj"); obj != Nil {
			s = in.attrSuggestion(obj, name)
		}
	}
	if s == "" {
		return ""
	}
	return ". Did you mean: '" + s + "'?"
}
