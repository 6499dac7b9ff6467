// The VM's registers and stack, as the memory map shows them (internal/memmap).

package vm

// Registers are the special registers of the running frame.
type Registers struct {
	Function string  // co_name of the running code ("" when no frame runs)
	File     string  // its file
	Line     int     // the line of the instruction running
	IP       int     // instruction pointer: index of the instruction running
	SP       int     // stack pointer: index of the first free slot of localsplus+stack
	Frame    uintptr // offset of the frame's localsplus in the reservation
}

// Registers reports the registers of the innermost running frame.
func (in *Interp) Registers() Registers {
	f := in.frame
	for f != nil && f.code == nil {
		f = f.back
	}
	if f == nil {
		return Registers{}
	}
	r := Registers{Function: f.code.c.Name, File: f.code.c.Filename, Line: f.Line(), IP: f.lastI(), SP: f.sp}
	switch {
	case f.mem != 0:
		r.Frame = f.mem.Offset()
	case f.chunk < len(in.stack.chunks):
		r.Frame = in.stack.chunks[f.chunk].mem.Offset() + f.chunkOff
	}
	return r
}

// StackHighWater reports the most Python frames that have run at once.
func (in *Interp) StackHighWater() int { return in.highWater }
