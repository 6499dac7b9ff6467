// SyntaxError's attributes (msg, filename, lineno, offset, text, end_lineno,
// end_offset, print_file_and_line) from SyntaxError(msg, (filename, lineno, offset,
// text[, end_lineno, end_offset])), and its "msg (file, line N)" str, as CPython
// 3.11's SyntaxError.

package object

import (
	"fmt"
	"path/filepath"
)

var syntaxErrorFields = [...]string{"filename", "lineno", "offset", "text", "end_lineno", "end_offset"}

func (rt *Runtime) initSyntaxError() {
	t := rt.excTypes["SyntaxError"]
	base := rt.excTypes["BaseException"]
	t.New = func(rt *Runtime, t *Type, args []Ref, kwnames Ref) Ref {
		e := base.New(rt, t, args, kwnames)
		if e == Nil {
			return Nil
		}
		for _, name := range append([]string{"msg", "print_file_and_line"}, syntaxErrorFields[:]...) {
			if rt.setExcAttr(e, name, rt.None) < 0 {
				rt.Decref(e)
				return Nil
			}
		}
		pos := args[:len(args)-rt.NumKwargs(kwnames)]
		if len(pos) >= 1 {
			rt.setExcAttr(e, "msg", pos[0])
		}
		if len(pos) == 2 {
			info := rt.SequenceTuple(pos[1])
			if info == Nil {
				rt.Decref(e)
				return Nil
			}
			defer rt.Decref(info)
			items := rt.TupleItems(info)
			if len(items) < 4 || len(items) > 6 {
				rt.Raise("IndexError", "tuple index out of range")
				rt.Decref(e)
				return Nil
			}
			for i, v := range items {
				rt.setExcAttr(e, syntaxErrorFields[i], v)
			}
		}
		return e
	}
	t.Init = func(rt *Runtime, self Ref, args []Ref, kwnames Ref) int { return 0 } // all done in New
	t.Str = func(rt *Runtime, e Ref) Ref {
		s := rt.Str(rt.excAttr(e, "msg")) // None when there is no message: CPython prints 'None'

		if s == Nil {
			return Nil
		}
		text := rt.GoString(s)
		rt.Decref(s)
		filename, lineno := rt.excAttr(e, "filename"), rt.excAttr(e, "lineno")
		haveFile := rt.IsStr(filename)
		line, haveLine := int64(0), false
		if rt.IsInt(lineno) {
			line, haveLine = rt.IntAsInt64(lineno)
		}
		switch {
		case haveFile && haveLine:
			text = fmt.Sprintf("%s (%s, line %d)", text, filepath.Base(rt.GoString(filename)), line)
		case haveFile:
			text = fmt.Sprintf("%s (%s)", text, filepath.Base(rt.GoString(filename)))
		case haveLine:
			text = fmt.Sprintf("%s (line %d)", text, line)
		}
		return rt.NewStr(text)
	}
}
