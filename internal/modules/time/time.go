// Package time is the time module: clocks, sleep, struct_time, gmtime/localtime/
// mktime, asctime/ctime, strftime (glibc's directives in the C locale) and
// strptime (the common directives of _strptime.py), and the timezone constants,
// with CPython 3.11's messages.
package time

import (
	"fmt"
	gomath "math"
	"syscall"
	gotime "time"

	"github.com/pyheap/pyheap/internal/modules/modargs"
	"github.com/pyheap/pyheap/internal/object"
)

type Ref = object.Ref

const Nil = object.Nil

// Options configure the module for its interpreter.
type Options struct {
	// Location is the local time zone (time.Local when nil).
	Location *gotime.Location
	// Sleep sleeps for d; it returns false with an exception set when the sleep
	// was interrupted (the interpreter's cancellation). nil: time.Sleep.
	Sleep func(d gotime.Duration) bool
	// Now returns the current time (time.Now when nil).
	Now func() gotime.Time
}

type module struct {
	opts  Options
	loc   *gotime.Location
	st    *object.Type
	start gotime.Time
}

// New builds the time module. It returns a new reference, or Nil with an
// exception set.
func New(rt *object.Runtime, opts Options) object.Ref {
	md := &module{opts: opts, loc: opts.Location, start: gotime.Now()}
	if md.loc == nil {
		md.loc = gotime.Local
	}
	if md.opts.Now == nil {
		md.opts.Now = gotime.Now
	}
	if md.opts.Sleep == nil {
		md.opts.Sleep = func(d gotime.Duration) bool { gotime.Sleep(d); return true }
	}
	m := rt.NewModule("time")
	if m == Nil {
		return Nil
	}
	md.st = newStructTimeType(rt)
	rt.DictSetStr(rt.ModuleDict(m), "struct_time", md.st.Ref)
	if !modargs.AddFuncs(rt, m, md.functions()) {
		rt.Decref(m)
		return Nil
	}
	md.zoneConstants(rt, m)
	return m
}

func (md *module) now() gotime.Time { return md.opts.Now() }

// zoneConstants sets timezone, altzone, daylight and tzname from January and
// July of this year, as CPython's init_timezone does.
func (md *module) zoneConstants(rt *object.Runtime, m Ref) {
	const year = (365*24 + 6) * 3600
	t := md.now().Unix() / year * year
	jan := gotime.Unix(t, 0).In(md.loc)
	jul := gotime.Unix(t+year/2, 0).In(md.loc)
	janName, janOff := jan.Zone()
	julName, julOff := jul.Zone()
	janzone, julzone := -janOff, -julOff
	var tz, alt int
	var names [2]string
	if janzone < julzone {
		tz, alt, names = julzone, janzone, [2]string{julName, janName}
	} else {
		tz, alt, names = janzone, julzone, [2]string{janName, julName}
	}
	daylight := 0
	if janzone != julzone {
		daylight = 1
	}
	modargs.SetConst(rt, m, "timezone", rt.NewInt(int64(tz)))
	modargs.SetConst(rt, m, "altzone", rt.NewInt(int64(alt)))
	modargs.SetConst(rt, m, "daylight", rt.NewInt(int64(daylight)))
	modargs.SetConst(rt, m, "tzname", rt.TuplePack(rt.NewStr(names[0]), rt.NewStr(names[1])))
}

func cpuTime() int64 {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return ru.Utime.Nano() + ru.Stime.Nano()
}

func nsToFloat(ns int64) float64 {
	if ns%1e9 == 0 {
		return float64(ns / 1e9)
	}
	return float64(ns) / 1e9
}

func noArgs(name string, f func(rt *object.Runtime) Ref) *object.MethodDef {
	qual := "time." + name // made once: a concatenation per call was Go garbage
	return &object.MethodDef{Name: name, Fn: func(rt *object.Runtime, _ Ref, args []Ref, kw Ref) Ref {
		if !rt.CheckArgs(qual, args, kw, 0, 0) {
			return Nil
		}
		return f(rt)
	}}
}

// timeT converts a timestamp argument (None: now) to whole seconds, rounding
// floats toward minus infinity (_PyTime_ObjectToTime_t with ROUND_FLOOR).
func (md *module) timeT(rt *object.Runtime, v Ref) (int64, bool) {
	if v == Nil || v == rt.None {
		return md.now().Unix(), true
	}
	if rt.IsFloat(v) {
		f := rt.FloatValue(v)
		if gomath.IsNaN(f) {
			rt.Raise("ValueError", "Invalid value NaN (not a number)")
			return 0, false
		}
		f = gomath.Floor(f)
		if f < -9.2e18 || f > 9.2e18 {
			rt.Raise("OverflowError", "timestamp out of range for platform time_t")
			return 0, false
		}
		return int64(f), true
	}
	i := rt.NumberIndex(v)
	if i == Nil {
		return 0, false
	}
	defer rt.Decref(i)
	n, ok := rt.IntAsInt64(i)
	if !ok {
		rt.Raise("OverflowError", "timestamp out of range for platform time_t")
		return 0, false
	}
	return n, true
}

// tm is C's struct tm as CPython's time module uses it.
type tm struct {
	year, mon, mday, hour, min, sec, wday, yday, isdst int
	zone                                               string
	gmtoff                                             int
	hasZone, hasGmtoff                                 bool
}

func fromTime(t gotime.Time, isdst int) tm {
	name, off := t.Zone()
	return tm{year: t.Year(), mon: int(t.Month()), mday: t.Day(), hour: t.Hour(), min: t.Minute(), sec: t.Second(),
		wday: (int(t.Weekday()) + 6) % 7, yday: t.YearDay(), isdst: isdst, zone: name, gmtoff: off, hasZone: true, hasGmtoff: true}
}

func (md *module) structTime(rt *object.Runtime, v tm) Ref {
	vals := []Ref{rt.NewInt(int64(v.year)), rt.NewInt(int64(v.mon)), rt.NewInt(int64(v.mday)), rt.NewInt(int64(v.hour)),
		rt.NewInt(int64(v.min)), rt.NewInt(int64(v.sec)), rt.NewInt(int64(v.wday)), rt.NewInt(int64(v.yday)),
		rt.NewInt(int64(v.isdst)), rt.None, rt.None}
	if v.hasZone {
		vals[9] = rt.NewStr(v.zone)
	}
	if v.hasGmtoff {
		vals[10] = rt.NewInt(int64(v.gmtoff))
	}
	r := makeStructTime(rt, md.st, vals)
	for _, x := range vals {
		rt.Decref(x)
	}
	return r
}

func (md *module) local(secs int64) tm {
	t := gotime.Unix(secs, 0).In(md.loc)
	isdst := 0
	if t.IsDST() {
		isdst = 1
	}
	return fromTime(t, isdst)
}

// gettmarg converts a struct_time or 9-tuple (CPython's gettmarg).
func (md *module) gettmarg(rt *object.Runtime, fname string, v Ref) (tm, bool) {
	var r tm
	if !rt.IsTuple(v) {
		rt.Raise("TypeError", "Tuple or struct_time argument required")
		return r, false
	}
	items := rt.TupleItems(v)
	if len(items) != 9 {
		rt.Raise("TypeError", "%s(): illegal time tuple argument", fname)
		return r, false
	}
	dst := []*int{&r.year, &r.mon, &r.mday, &r.hour, &r.min, &r.sec, &r.wday, &r.yday, &r.isdst}
	for i, it := range items {
		if rt.IsFloat(it) {
			rt.Raise("TypeError", "'float' object cannot be interpreted as an integer")
			return r, false
		}
		n, ok := rt.AsIndex(it, "OverflowError")
		if !ok {
			return r, false
		}
		if n > gomath.MaxInt32 || n < gomath.MinInt32 {
			rt.Raise("OverflowError", "signed integer is greater than maximum")
			return r, false
		}
		*dst[i] = n
	}
	if rt.TypeOf(v) == md.st {
		f := allFields(rt, v)
		if rt.IsStr(f[9]) {
			r.zone, r.hasZone = rt.GoString(f[9]), true
		}
		if rt.IsInt(f[10]) {
			g, _ := rt.IntAsInt64(f[10])
			r.gmtoff, r.hasGmtoff = int(g), true
		}
	}
	return r, true
}

// checktm is CPython's checktm after gettmarg's normalization (month and day 0
// become 1, wday counts from Monday).
func checktm(rt *object.Runtime, t *tm) bool {
	if t.mon == 0 {
		t.mon = 1
	}
	if t.mday == 0 {
		t.mday = 1
	}
	if t.yday == 0 {
		t.yday = 1
	}
	switch {
	case t.mon < 1 || t.mon > 12:
		rt.Raise("ValueError", "month out of range")
	case t.mday < 1 || t.mday > 31:
		rt.Raise("ValueError", "day of month out of range")
	case t.hour < 0 || t.hour > 23:
		rt.Raise("ValueError", "hour out of range")
	case t.min < 0 || t.min > 59:
		rt.Raise("ValueError", "minute out of range")
	case t.sec < 0 || t.sec > 61:
		rt.Raise("ValueError", "seconds out of range")
	case (t.wday+1)%7 < 0:
		rt.Raise("ValueError", "day of week out of range")
	case t.yday < 1 || t.yday > 366:
		rt.Raise("ValueError", "day of year out of range")
	default:
		t.wday = ((t.wday+1)%7 + 6) % 7
		return true
	}
	return false
}

var dayNames = []string{"Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"}
var monNames = []string{"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"}

func asctime(t tm) string {
	return fmt.Sprintf("%s %s%3d %02d:%02d:%02d %d", dayNames[t.wday], monNames[t.mon-1], t.mday, t.hour, t.min, t.sec, t.year)
}

func (md *module) functions() []*object.MethodDef {
	oneOpt := func(name string, f func(rt *object.Runtime, v Ref) Ref) *object.MethodDef {
		qual := "time." + name
		return &object.MethodDef{Name: name, Fn: func(rt *object.Runtime, _ Ref, args []Ref, kw Ref) Ref {
			if !rt.NoKwargs(qual, kw) {
				return Nil
			}
			if len(args) > 1 {
				rt.Raise("TypeError", "%s() takes at most 1 argument (%d given)", name, len(args))
				return Nil
			}
			v := Nil
			if len(args) == 1 {
				v = args[0]
			}
			return f(rt, v)
		}}
	}
	return []*object.MethodDef{
		noArgs("time", func(rt *object.Runtime) Ref { return rt.NewFloat(nsToFloat(md.now().UnixNano())) }),
		noArgs("time_ns", func(rt *object.Runtime) Ref { return rt.NewInt(md.now().UnixNano()) }),
		noArgs("monotonic", func(rt *object.Runtime) Ref { return rt.NewFloat(nsToFloat(int64(gotime.Since(md.start)))) }),
		noArgs("monotonic_ns", func(rt *object.Runtime) Ref { return rt.NewInt(int64(gotime.Since(md.start))) }),
		noArgs("perf_counter", func(rt *object.Runtime) Ref { return rt.NewFloat(nsToFloat(int64(gotime.Since(md.start)))) }),
		noArgs("perf_counter_ns", func(rt *object.Runtime) Ref { return rt.NewInt(int64(gotime.Since(md.start))) }),
		noArgs("process_time", func(rt *object.Runtime) Ref { return rt.NewFloat(nsToFloat(cpuTime())) }),
		noArgs("process_time_ns", func(rt *object.Runtime) Ref { return rt.NewInt(cpuTime()) }),
		noArgs("thread_time", func(rt *object.Runtime) Ref { return rt.NewFloat(nsToFloat(cpuTime())) }),
		noArgs("thread_time_ns", func(rt *object.Runtime) Ref { return rt.NewInt(cpuTime()) }),
		{Name: "sleep", Fn: func(rt *object.Runtime, _ Ref, args []Ref, kw Ref) Ref {
			if !rt.CheckArgs("time.sleep", args, kw, 1, 1) {
				return Nil
			}
			var secs float64
			if rt.IsFloat(args[0]) {
				secs = rt.FloatValue(args[0])
				if gomath.IsNaN(secs) {
					rt.Raise("ValueError", "Invalid value NaN (not a number)")
					return Nil
				}
			} else {
				i := rt.NumberIndex(args[0])
				if i == Nil {
					return Nil
				}
				f, ok := rt.IntAsFloat(i)
				rt.Decref(i)
				if !ok {
					rt.ClearErr()
					rt.Raise("OverflowError", "timestamp too large to convert to C _PyTime_t")
					return Nil
				}
				secs = f
			}
			if secs < 0 {
				rt.Raise("ValueError", "sleep length must be non-negative")
				return Nil
			}
			if secs > 9.2e9 {
				rt.Raise("OverflowError", "timestamp too large to convert to C _PyTime_t")
				return Nil
			}
			if !md.opts.Sleep(gotime.Duration(secs * 1e9)) {
				return Nil
			}
			return rt.None
		}},
		oneOpt("gmtime", func(rt *object.Runtime, v Ref) Ref {
			secs, ok := md.timeT(rt, v)
			if !ok {
				return Nil
			}
			if secs > 67767976233316800 || secs < -67768040609740800 {
				rt.Raise("OverflowError", "timestamp out of range for platform time_t")
				return Nil
			}
			t := fromTime(gotime.Unix(secs, 0).UTC(), 0)
			t.zone = "GMT"
			return md.structTime(rt, t)
		}),
		oneOpt("localtime", func(rt *object.Runtime, v Ref) Ref {
			secs, ok := md.timeT(rt, v)
			if !ok {
				return Nil
			}
			if secs > 67767976233316800 || secs < -67768040609740800 {
				rt.Raise("OverflowError", "timestamp out of range for platform time_t")
				return Nil
			}
			return md.structTime(rt, md.local(secs))
		}),
		{Name: "mktime", Fn: func(rt *object.Runtime, _ Ref, args []Ref, kw Ref) Ref {
			if !rt.CheckArgs("time.mktime", args, kw, 1, 1) {
				return Nil
			}
			t, ok := md.gettmarg(rt, "mktime", args[0])
			if !ok {
				return Nil
			}
			return rt.NewFloat(float64(md.mktime(t)))
		}},
		oneOpt("asctime", func(rt *object.Runtime, v Ref) Ref {
			var t tm
			if v == Nil {
				t = md.local(md.now().Unix())
			} else {
				var ok bool
				if t, ok = md.gettmarg(rt, "asctime", v); !ok {
					return Nil
				}
				if !checktm(rt, &t) {
					return Nil
				}
			}
			return rt.NewStr(asctime(t))
		}),
		oneOpt("ctime", func(rt *object.Runtime, v Ref) Ref {
			secs, ok := md.timeT(rt, v)
			if !ok {
				return Nil
			}
			return rt.NewStr(asctime(md.local(secs)))
		}),
		{Name: "strftime", Fn: func(rt *object.Runtime, _ Ref, args []Ref, kw Ref) Ref {
			if !rt.NoKwargs("time.strftime", kw) {
				return Nil
			}
			if len(args) < 1 || len(args) > 2 {
				if len(args) < 1 {
					rt.Raise("TypeError", "strftime() takes at least 1 argument (0 given)")
				} else {
					rt.Raise("TypeError", "strftime() takes at most 2 arguments (%d given)", len(args))
				}
				return Nil
			}
			if !rt.IsStr(args[0]) {
				rt.Raise("TypeError", "strftime() argument 1 must be str, not %s", rt.TypeNameOf(args[0]))
				return Nil
			}
			var t tm
			if len(args) == 1 {
				t = md.local(md.now().Unix())
			} else {
				var ok bool
				if t, ok = md.gettmarg(rt, "strftime", args[1]); !ok {
					return Nil
				}
				if !checktm(rt, &t) {
					return Nil
				}
				if t.isdst < -1 {
					t.isdst = -1
				} else if t.isdst > 1 {
					t.isdst = 1
				}
			}
			return rt.NewStr(md.strftime(rt.GoString(args[0]), t))
		}},
		{Name: "strptime", Fn: func(rt *object.Runtime, _ Ref, args []Ref, kw Ref) Ref {
			if !rt.NoKwargs("time.strptime", kw) {
				return Nil
			}
			if len(args) < 1 || len(args) > 2 {
				rt.Raise("TypeError", "strptime() takes at most 2 arguments (%d given)", len(args))
				return Nil
			}
			format := "%a %b %d %H:%M:%S %Y"
			for i, a := range args {
				if !rt.IsStr(a) {
					rt.Raise("TypeError", "strptime() argument %d must be str, not %s", i, classRepr(rt, a))
					return Nil
				}
			}
			if len(args) == 2 {
				format = rt.GoString(args[1])
			}
			t, ok := md.strptime(rt, rt.GoString(args[0]), format)
			if !ok {
				return Nil
			}
			return md.structTime(rt, t)
		}},
	}
}

func classRepr(rt *object.Runtime, v Ref) string {
	s := rt.Repr(rt.TypeRefOf(v))
	if s == Nil {
		rt.ClearErr()
		return rt.TypeNameOf(v)
	}
	defer rt.Decref(s)
	return rt.GoString(s)
}

// mktime is C's mktime in the module's zone: an ambiguous wall time (the hour
// repeated when DST ends) is resolved by tm_isdst when it is 0 or 1.
func (md *module) mktime(t tm) int64 {
	lt := gotime.Date(t.year, gotime.Month(t.mon), t.mday, t.hour, t.min, t.sec, 0, md.loc)
	if t.isdst >= 0 && lt.IsDST() != (t.isdst > 0) {
		for _, d := range []gotime.Duration{gotime.Hour, -gotime.Hour} {
			alt := lt.Add(d)
			if alt.Hour() == lt.Hour() && alt.Minute() == lt.Minute() && alt.Day() == lt.Day() && alt.IsDST() == (t.isdst > 0) {
				return alt.Unix()
			}
		}
	}
	return lt.Unix()
}
