package main

import (
	"context"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"strconv"
	"strings"
	"syscall"
	"time"
)

// A measured program is started by a fresh copy of this binary (spawnFlag), not by
// the runner itself. On Linux a process's peak RSS (wait4's Maxrss) counts the
// peak of the memory image it was exec'd from: Go starts children with vfork, so
// a program launched by the runner reported max(its own peak, the runner's), and
// the runner, holding outputs and results, peaks near 9 MiB, above what pyheap
// uses on most programs (a 6 MiB run was reported as 9). The spawner execs the
// program while its own peak is still its start-up's, about 3 MiB, and reports the
// program's rusage on file descriptor 3.
const spawnFlag = "-spawn-measured"

// spawnMain is the spawner: args are the timeout in nanoseconds, then the command.
// The command inherits stdin, stdout and stderr; its measurements go to fd 3 as
// "wall cpu maxrss exit" (seconds, seconds, Maxrss as the OS gives it, exit code or
// -1 when killed).
func spawnMain(args []string) int {
	report := os.NewFile(3, "report")
	if report == nil || len(args) < 2 {
		fmt.Fprintln(os.Stderr, "run: the spawner needs a timeout, a command and fd 3")
		return 2
	}
	timeout, err := strconv.ParseInt(args[0], 10, 64)
	if err != nil {
		fmt.Fprintln(os.Stderr, "run: bad spawner timeout:", err)
		return 2
	}
	ctx, cancel := context.WithTimeout(context.Background(), time.Duration(timeout))
	defer cancel()
	cmd := exec.CommandContext(ctx, args[1], args[2:]...)
	cmd.Stdin, cmd.Stdout, cmd.Stderr = os.Stdin, os.Stdout, os.Stderr
	start := time.Now()
	err = cmd.Run()
	wall := time.Since(start)
	if cmd.ProcessState == nil {
		fmt.Fprintf(os.Stderr, "cannot start %s: %v\n", args[1], err)
		return 2
	}
	var maxrss int64
	if ru, ok := cmd.ProcessState.SysUsage().(*syscall.Rusage); ok {
		maxrss = int64(ru.Maxrss)
	}
	cpu := (cmd.ProcessState.UserTime() + cmd.ProcessState.SystemTime()).Seconds()
	fmt.Fprintf(report, "%g %g %d %d\n", wall.Seconds(), cpu, maxrss, cmd.ProcessState.ExitCode())
	return 0
}

// spawnReport is what the spawner wrote: the program's wall and CPU seconds, its
// Maxrss in the OS's unit and its exit code.
type spawnReport struct {
	wall, cpu float64
	maxrss    int64
	exit      int
}

func parseSpawnReport(line string) (spawnReport, error) {
	f := strings.Fields(line)
	if len(f) != 4 {
		return spawnReport{}, errors.New("no measurements from the spawner")
	}
	var r spawnReport
	var err1, err2, err3, err4 error
	r.wall, err1 = strconv.ParseFloat(f[0], 64)
	r.cpu, err2 = strconv.ParseFloat(f[1], 64)
	r.maxrss, err3 = strconv.ParseInt(f[2], 10, 64)
	r.exit, err4 = strconv.Atoi(f[3])
	if err := errors.Join(err1, err2, err3, err4); err != nil {
		return spawnReport{}, fmt.Errorf("bad spawner report %q: %v", line, err)
	}
	return r, nil
}
