// The sandbox: what a program may reach of the operating system through _fileio.

package fileio

import (
	"errors"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"syscall"

	"github.com/pyheap/pyheap/internal/object"
)

// Policy is an interpreter's grant of the operating system, consulted by every
// _fileio function (and so by open(), io and os):
//
//   - Files: a path is reachable when, made absolute and with its symbolic links
//     and ".." resolved (the last component too when it exists), it lies inside
//     a granted root; Read roots allow reading, Write roots reading and writing.
//     The system call is then made on the resolved path, with O_NOFOLLOW, so a
//     link cannot lead it elsewhere. A denied path raises PermissionError
//     ("[Errno 13] Permission denied: 'path'"); os.path.exists and friends answer
//     False for it.
//   - Descriptors: the fd functions work only on descriptors this interpreter
//     opened (others are EBADF), so a program cannot read or close the host's.
//   - The environment: the program sees Env, a private copy the host chose;
//     putenv/unsetenv change it when SetEnv is true and raise PermissionError
//     otherwise. The process's environment never changes.
//   - The current directory: os.getcwd() answers only when it lies inside a
//     granted root.
//
// All grants everything, as python3 has: the real paths, the process environment
// (putenv changes it), any descriptor. The zero Policy grants nothing.
type Policy struct {
	All         bool
	Read, Write []string // directory roots, absolute and resolved (NewPolicy does it)
	Env         map[string]string
	SetEnv      bool

	fds map[int]bool // descriptors opened through this policy and not closed yet
}

// NewPolicy returns a Policy over the roots given, made absolute and resolved;
// a root that does not exist is an error.
func NewPolicy(read, write []string, env map[string]string, setEnv bool) (*Policy, error) {
	p := &Policy{Env: map[string]string{}, SetEnv: setEnv}
	for k, v := range env {
		p.Env[k] = v
	}
	for _, l := range []struct {
		in  []string
		out *[]string
	}{{read, &p.Read}, {write, &p.Write}} {
		for _, r := range l.in {
			abs, err := filepath.Abs(r)
			if err != nil {
				return nil, err
			}
			res, err := filepath.EvalSymlinks(abs)
			if err != nil {
				return nil, err
			}
			*l.out = append(*l.out, res)
		}
	}
	return p, nil
}

// AllowAll returns the Policy of the command line: everything.
func AllowAll() *Policy { return &Policy{All: true} }

// errDenied is EACCES: "[Errno 13] Permission denied".
var errDenied = syscall.EACCES

// within reports whether path (absolute, clean) is root or under it.
func within(root, path string) bool {
	if root == "/" {
		return true
	}
	return path == root || strings.HasPrefix(path, root+"/")
}

// resolve makes path absolute and resolves its symbolic links and "..", as the
// system would; a final component that does not exist yet is kept as named.
func resolve(path string) (string, error) {
	if path == "" {
		return "", syscall.ENOENT
	}
	if strings.IndexByte(path, 0) >= 0 {
		return "", syscall.EINVAL
	}
	if !filepath.IsAbs(path) {
		wd, err := os.Getwd()
		if err != nil {
			return "", err
		}
		path = wd + "/" + path // not Join: ".." must meet the resolved links, not be cleaned lexically
	}
	if res, err := filepath.EvalSymlinks(path); err == nil {
		return res, nil
	} else if !errors.Is(err, os.ErrNotExist) {
		return "", err
	}
	dir, base := filepath.Split(strings.TrimRight(path, "/"))
	if base == "" || base == "." || base == ".." || dir == "" {
		return "", syscall.ENOENT
	}
	rd, err := resolve(dir)
	if err != nil {
		return "", err
	}
	full := filepath.Join(rd, base)
	if fi, err := os.Lstat(full); err == nil && fi.Mode()&os.ModeSymlink != 0 {
		return "", errDenied // a dangling link: where it would create a file is not checked
	}
	return full, nil
}

// Path checks path for reading (write false) or writing and returns the path to
// give the system, or the error to raise (EACCES when denied).
func (p *Policy) Path(path string, write bool) (string, error) {
	if p == nil || p.All {
		return path, nil
	}
	res, err := resolve(path)
	if err != nil {
		if errors.Is(err, os.ErrNotExist) || err == syscall.ENOENT {
			// The parent is missing: the call would fail anyway; say so only
			// where the program may look.
			return "", p.missing(path, write)
		}
		return "", errDenied
	}
	if p.allowed(res, write) {
		return res, nil
	}
	return "", errDenied
}

// missing is the error for a path whose folder does not exist: ENOENT inside a
// granted root, EACCES elsewhere.
func (p *Policy) missing(path string, write bool) error {
	abs, err := filepath.Abs(path)
	if err == nil && p.allowed(abs, write) {
		return syscall.ENOENT
	}
	return errDenied
}

func (p *Policy) allowed(res string, write bool) bool {
	for _, r := range p.Write {
		if within(r, res) {
			return true
		}
	}
	if !write {
		for _, r := range p.Read {
			if within(r, res) {
				return true
			}
		}
	}
	return false
}

// openFlags is the extra flags open uses under the policy.
func (p *Policy) openFlags() int {
	if p == nil || p.All {
		return 0
	}
	return syscall.O_NOFOLLOW
}

// opened records a descriptor the program opened.
func (p *Policy) opened(fd int) {
	if p == nil {
		return
	}
	if p.fds == nil {
		p.fds = map[int]bool{}
	}
	p.fds[fd] = true
}

// FD checks that the program may use descriptor fd.
func (p *Policy) FD(fd int) error {
	if p == nil || p.All || p.fds[fd] {
		return nil
	}
	return syscall.EBADF
}

// closed forgets a descriptor.
func (p *Policy) closed(fd int) {
	if p != nil {
		delete(p.fds, fd)
	}
}

// CloseAll closes the descriptors the program left open (the interpreter is
// closing; its file objects are gone with its heap).
func (p *Policy) CloseAll() {
	if p == nil {
		return
	}
	fds := make([]int, 0, len(p.fds))
	for fd := range p.fds {
		fds = append(fds, fd)
	}
	sort.Ints(fds)
	for _, fd := range fds {
		syscall.Close(fd)
	}
	p.fds = nil
}

// environ returns the environment the program sees, as key=value strings: the
// process's in its own order, or the private copy's sorted.
func (p *Policy) environ() []string {
	if p == nil || p.All {
		return os.Environ()
	}
	out := make([]string, 0, len(p.Env))
	for k, v := range p.Env {
		out = append(out, k+"="+v)
	}
	sort.Strings(out)
	return out
}

// setenv sets (or with unset, removes) a variable of the program's environment.
func (p *Policy) setenv(k, v string, unset bool) error {
	if p == nil || p.All {
		if unset {
			return os.Unsetenv(k)
		}
		return os.Setenv(k, v)
	}
	if !p.SetEnv {
		return errDenied
	}
	if k == "" || strings.ContainsAny(k, "=\x00") || strings.IndexByte(v, 0) >= 0 {
		return syscall.EINVAL
	}
	if unset {
		delete(p.Env, k)
	} else {
		p.Env[k] = v
	}
	return nil
}

// getwd returns the current directory when the program may see it.
func (p *Policy) getwd() (string, error) {
	wd, err := syscall.Getwd()
	if err != nil || p == nil || p.All {
		return wd, err
	}
	if res, err := filepath.EvalSymlinks(wd); err == nil && p.allowed(res, false) {
		return wd, nil
	}
	return "", errDenied
}

// RaiseDenied raises PermissionError(13, 'Permission denied', filename), as a
// denied path does; filename is borrowed.
func RaiseDenied(rt *object.Runtime, filename object.Ref) object.Ref {
	return raiseErrno(rt, errDenied, filename)
}
