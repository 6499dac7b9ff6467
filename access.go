package pyheap

import (
	"os"
	"path/filepath"

	"github.com/pyheap/pyheap/internal/modules/fileio"
)

// Access is what a program may reach of the operating system. The zero Access
// grants nothing: open() and the os functions that touch files raise
// PermissionError ("[Errno 13] Permission denied: 'path'"), os.path.exists and
// friends answer False, os.environ is empty and os.putenv raises PermissionError,
// os.getcwd() raises PermissionError.
//
// Paths are made absolute and their symbolic links and ".." resolved before they
// are checked, and the system call then uses the resolved path, so no link or
// ".." leads out of a granted directory. File descriptors work only when the
// program opened them itself.
type Access struct {
	// All grants everything, as python3 has (the command line's choice): the
	// whole file system, the process's environment (os.putenv changes it), every
	// file descriptor. The other fields are then ignored.
	All bool
	// ReadDirs are directory trees the program may read (open for reading,
	// listdir, stat); WriteDirs it may also write (create, truncate, remove,
	// rename, mkdir). Each must exist when New is called.
	ReadDirs, WriteDirs []string
	// Env names the host's environment variables the program sees (their values
	// when New is called); "*" grants them all.
	Env []string
	// Environ adds variables of the host's choosing to what the program sees.
	Environ map[string]string
	// SetEnv lets os.putenv, os.unsetenv and os.environ[k] = v change the
	// program's own copy of the environment. The process's never changes.
	SetEnv bool
}

// policy turns the grant into _fileio's Policy.
func (a Access) policy() (*fileio.Policy, error) {
	if a.All {
		return fileio.AllowAll(), nil
	}
	env := map[string]string{}
	for _, name := range a.Env {
		if name == "*" {
			for _, kv := range os.Environ() {
				for i := 0; i < len(kv); i++ {
					if kv[i] == '=' {
						env[kv[:i]] = kv[i+1:]
						break
					}
				}
			}
			continue
		}
		if v, ok := os.LookupEnv(name); ok {
			env[name] = v
		}
	}
	for k, v := range a.Environ {
		env[k] = v
	}
	return fileio.NewPolicy(a.ReadDirs, a.WriteDirs, env, a.SetEnv)
}

// importAllowed says whether an import may read file: inside a directory of
// Options.Path or a granted one. (The program may change sys.path; it cannot
// widen what imports read.)
func (it *Interpreter) importAllowed(file string) bool {
	if _, err := it.policy.Path(file, false); err == nil {
		return true
	}
	res, err := filepath.EvalSymlinks(file)
	if err != nil {
		// Not there (yet): the import will not find it; judge its folder.
		res, err = filepath.Abs(file)
		if err != nil {
			return false
		}
		if d, err := filepath.EvalSymlinks(filepath.Dir(res)); err == nil {
			res = filepath.Join(d, filepath.Base(res))
		}
	}
	for _, dir := range it.opts.Path {
		abs, err := filepath.Abs(dir)
		if err != nil {
			continue
		}
		if r, err := filepath.EvalSymlinks(abs); err == nil {
			abs = r
		}
		if res == abs || len(res) > len(abs) && res[:len(abs)] == abs && (abs == "/" || res[len(abs)] == '/') {
			return true
		}
	}
	return false
}
