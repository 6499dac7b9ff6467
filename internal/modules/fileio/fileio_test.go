package fileio_test

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/pyheap/pyheap/internal/heap"
	"github.com/pyheap/pyheap/internal/modules/fileio"
	"github.com/pyheap/pyheap/internal/object"
)

func TestFileIO(t *testing.T) {
	rt, err := object.NewRuntime(object.Config{Heap: heap.ConfigFromEnv()})
	if err != nil {
		t.Fatal(err)
	}
	defer rt.Close()
	m := fileio.New(rt, nil)
	if m == object.Nil {
		t.Fatal("module not built")
	}
	defer rt.Decref(m)
	var garbage []object.Ref
	defer func() {
		for _, r := range garbage {
			rt.Decref(r)
		}
	}()
	keep := func(r object.Ref) object.Ref {
		if r != object.Nil {
			garbage = append(garbage, r)
		}
		return r
	}
	call := func(name string, args ...object.Ref) object.Ref {
		f := rt.GetAttrString(m, name)
		defer rt.Decref(f)
		return keep(rt.Call(f, args, object.Nil))
	}
	konst := func(name string) int64 {
		v := keep(rt.GetAttrString(m, name))
		n, _ := rt.IntAsInt64(v)
		return n
	}
	dir := t.TempDir()
	path := filepath.Join(dir, "f.txt")
	pathStr := keep(rt.NewStr(path))
	mode := object.MakeSmallInt(0o666)

	fd := call("open", pathStr, keep(rt.NewInt(konst("O_WRONLY")|konst("O_CREAT")|konst("O_TRUNC"))), mode)
	if fd == object.Nil {
		t.Fatal("open for writing failed")
	}
	if n := call("write", fd, keep(rt.NewBytes([]byte("hello\nworld")))); n != object.MakeSmallInt(11) {
		t.Errorf("write returned %v", n)
	}
	call("close", fd)
	if b, _ := os.ReadFile(path); string(b) != "hello\nworld" {
		t.Errorf("file holds %q", b)
	}

	fd = call("open", pathStr, object.MakeSmallInt(konst("O_RDONLY")), mode)
	if fd == object.Nil {
		t.Fatal("open for reading failed")
	}
	if n := call("fsize", fd); n != object.MakeSmallInt(11) {
		t.Errorf("fsize = %v", n)
	}
	if b := call("read", fd, object.MakeSmallInt(5)); string(rt.BytesData(b)) != "hello" {
		t.Errorf("read(5) = %q", rt.BytesData(b))
	}
	if p := call("lseek", fd, object.MakeSmallInt(0), object.MakeSmallInt(1)); p != object.MakeSmallInt(5) {
		t.Errorf("tell = %v", p)
	}
	if b := call("read", fd, object.MakeSmallInt(-1)); string(rt.BytesData(b)) != "\nworld" {
		t.Errorf("read(-1) = %q", rt.BytesData(b))
	}
	call("close", fd)

	check := func(r object.Ref, exc, msg string) {
		t.Helper()
		if r != object.Nil {
			t.Errorf("expected %s, got a result", exc)
			return
		}
		e := rt.Fetch()
		defer rt.Decref(e)
		if got := rt.TypeNameOf(e); got != exc {
			t.Errorf("raised %s, want %s", got, exc)
		}
		s := rt.Str(e)
		defer rt.Decref(s)
		if got := rt.GoString(s); got != msg {
			t.Errorf("message %q, want %q", got, msg)
		}
	}
	missing := keep(rt.NewStr(filepath.Join(dir, "missing")))
	check(call("open", missing, object.MakeSmallInt(konst("O_RDONLY")), mode),
		"FileNotFoundError", "[Errno 2] No such file or directory: '"+filepath.Join(dir, "missing")+"'")
	check(call("open", keep(rt.NewStr(dir)), object.MakeSmallInt(konst("O_RDONLY")), mode),
		"IsADirectoryError", "[Errno 21] Is a directory: '"+dir+"'")
	check(call("open", pathStr, keep(rt.NewInt(konst("O_WRONLY")|konst("O_CREAT")|konst("O_EXCL"))), mode),
		"FileExistsError", "[Errno 17] File exists: '"+path+"'")

	if k := call("stat_kind", keep(rt.NewStr(dir))); rt.GoString(k) != "dir" {
		t.Errorf("stat_kind(dir) = %q", rt.GoString(k))
	}
	sub := filepath.Join(dir, "sub")
	subStr := keep(rt.NewStr(sub))
	call("mkdir", subStr, object.MakeSmallInt(0o777))
	check(call("mkdir", subStr, object.MakeSmallInt(0o777)), "FileExistsError", "[Errno 17] File exists: '"+sub+"'")
	if l := call("listdir", keep(rt.NewStr(dir))); l == object.Nil || rt.TypeNameOf(l) != "list" {
		t.Error("listdir failed")
	} else if r := keep(rt.Repr(l)); rt.GoString(r) != "['f.txt', 'sub']" {
		t.Errorf("listdir = %s", rt.GoString(r))
	}
	check(call("rename", missing, subStr), "FileNotFoundError",
		"[Errno 2] No such file or directory: '"+filepath.Join(dir, "missing")+"' -> '"+sub+"'")
	call("rmdir", subStr)
	if st := call("stat", pathStr); st == object.Nil || rt.TupleItems(st)[1] != object.MakeSmallInt(11) {
		t.Error("stat size is not 11")
	}
	call("unlink", pathStr)
	if k := call("stat_kind", pathStr); k != rt.None {
		t.Error("file still there after unlink")
	}
	check(call("unlink", pathStr), "FileNotFoundError", "[Errno 2] No such file or directory: '"+path+"'")
}
