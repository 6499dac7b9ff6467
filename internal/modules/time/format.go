// strftime (glibc's conversions in the C locale, with its flags and widths) and
// strptime (_strptime.py's regular expressions and rules, in the C locale).

package time

import (
	"fmt"
	"regexp"
	"strconv"
	"strings"
	gotime "time"

	"github.com/pyheap/pyheap/internal/object"
)

var fullDays = []string{"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"}
var fullMonths = []string{"January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"}

func isLeap(y int) bool { return y%4 == 0 && (y%100 != 0 || y%400 == 0) }

// isoWeekDays is glibc's iso_week_days (yday 0-based, wday Sunday = 0).
func isoWeekDays(yday, wday int) int {
	const big = (366/7 + 2) * 7
	return yday - (yday-wday+4+big)%7 + 4 - 1
}

func (md *module) strftime(format string, t tm) string {
	var b strings.Builder
	cwday := (t.wday + 1) % 7 // C: Sunday = 0
	cyday := t.yday - 1
	for i := 0; i < len(format); i++ {
		c := format[i]
		if c != '%' {
			b.WriteByte(c)
			continue
		}
		start := i
		i++
		var pad byte
		upcase, swapcase := false, false
		for ; i < len(format); i++ {
			switch format[i] {
			case '_', '-', '0', '+':
				pad = format[i]
				continue
			case '^':
				upcase = true
				continue
			case '#':
				swapcase = true
				continue
			}
			break
		}
		width := -1
		for ; i < len(format) && format[i] >= '0' && format[i] <= '9'; i++ {
			if width < 0 {
				width = 0
			}
			width = width*10 + int(format[i]-'0')
		}
		if i < len(format) && (format[i] == 'E' || format[i] == 'O') {
			i++
		}
		if i >= len(format) {
			b.WriteString(format[start:])
			break
		}
		num := func(digits, v int) {
			neg := v < 0
			if neg {
				v = -v
			}
			s := strconv.Itoa(v)
			w := digits
			if width >= 0 {
				w = width
			}
			if neg {
				w--
			}
			padc := byte('0')
			switch pad {
			case '_':
				padc = ' '
			case '-':
				w = 0
			}
			if neg && padc == ' ' {
				s = "-" + s
				neg = false
				w++
			}
			for len(s) < w {
				s = string(padc) + s
			}
			if neg {
				s = "-" + s
			}
			b.WriteString(s)
		}
		yearish := func(v int) {
			d := 1
			if pad == '0' || pad == '+' {
				d = 4
			}
			num(d, v)
		}
		str := func(s string, swapToLower bool) {
			if upcase || (swapcase && !swapToLower) {
				s = strings.ToUpper(s)
			} else if swapcase && swapToLower {
				s = strings.ToLower(s)
			}
			if width > len(s) {
				padc := " "
				if pad == '0' {
					padc = "0"
				}
				s = strings.Repeat(padc, width-len(s)) + s
			}
			b.WriteString(s)
		}
		sub := func(f string) { str(md.strftime(f, t), false) }
		hour12 := t.hour % 12
		if hour12 == 0 {
			hour12 = 12
		}
		switch format[i] {
		case '%':
			str("%", false)
		case 'a':
			str(dayNames[t.wday], false)
		case 'A':
			str(fullDays[t.wday], false)
		case 'b', 'h':
			str(monNames[t.mon-1], false)
		case 'B':
			str(fullMonths[t.mon-1], false)
		case 'c':
			sub("%a %b %e %H:%M:%S %Y")
		case 'C':
			c := t.year / 100
			if t.year%100 < 0 {
				c--
			}
			yearish(c)
		case 'd':
			num(2, t.mday)
		case 'D', 'x':
			sub("%m/%d/%y")
		case 'e':
			if pad == 0 {
				pad = '_'
			}
			num(2, t.mday)
		case 'F':
			sub("%+4Y-%m-%d")
		case 'H':
			num(2, t.hour)
		case 'I':
			num(2, hour12)
		case 'j':
			num(3, t.yday)
		case 'k':
			if pad == 0 {
				pad = '_'
			}
			num(2, t.hour)
		case 'l':
			if pad == 0 {
				pad = '_'
			}
			num(2, hour12)
		case 'm':
			num(2, t.mon)
		case 'M':
			num(2, t.min)
		case 'n':
			b.WriteByte('\n')
		case 't':
			b.WriteByte('\t')
		case 'p':
			if t.hour >= 12 {
				str("PM", true)
			} else {
				str("AM", true)
			}
		case 'P':
			if t.hour >= 12 {
				str("pm", false)
			} else {
				str("am", false)
			}
		case 'r':
			sub("%I:%M:%S %p")
		case 'R':
			sub("%H:%M")
		case 's':
			num(1, int(md.mktime(t)))
		case 'S':
			num(2, t.sec)
		case 'T', 'X':
			sub("%H:%M:%S")
		case 'u':
			num(1, t.wday+1)
		case 'U':
			num(2, (cyday-cwday+7)/7)
		case 'w':
			num(1, cwday)
		case 'W':
			num(2, (cyday-(cwday-1+7)%7+7)/7)
		case 'g', 'G', 'V':
			year := t.year
			days := isoWeekDays(cyday, cwday)
			if days < 0 {
				year--
				ly := 365
				if isLeap(year) {
					ly = 366
				}
				days = isoWeekDays(cyday+ly, cwday)
			} else {
				ly := 365
				if isLeap(year) {
					ly = 366
				}
				if d := isoWeekDays(cyday-ly, cwday); d >= 0 {
					year++
					days = d
				}
			}
			switch format[i] {
			case 'g':
				num(2, (year%100+100)%100)
			case 'G':
				yearish(year)
			default:
				num(2, days/7+1)
			}
		case 'y':
			num(2, (t.year%100+100)%100)
		case 'Y':
			if pad == '+' && width < 0 {
				pad = 0
			}
			yearish(t.year)
		case 'z':
			if t.isdst < 0 {
				break
			}
			off := t.gmtoff
			sign := '+'
			if off < 0 {
				sign = '-'
				off = -off
			}
			b.WriteString(fmt.Sprintf("%c%02d%02d", sign, off/3600, off/60%60))
		case 'Z':
			zone := t.zone
			if !t.hasZone {
				zone = ""
				if t.isdst >= 0 {
					jan := gotime.Date(t.year, 1, 1, 12, 0, 0, 0, md.loc)
					jul := gotime.Date(t.year, 7, 1, 12, 0, 0, 0, md.loc)
					jn, _ := jan.Zone()
					jl, _ := jul.Zone()
					if jan.IsDST() {
						jn, jl = jl, jn
					}
					zone = jn
					if t.isdst > 0 {
						zone = jl
					}
				}
			}
			str(zone, true)
		default:
			b.WriteString(format[start : i+1])
		}
	}
	return b.String()
}

var strptimeDirectives = map[byte]string{
	'd': `(?P<d>3[01]|[12]\d|0[1-9]|[1-9]| [1-9])`,
	'f': `(?P<f>[0-9]{1,6})`,
	'H': `(?P<H>2[0-3]|[0-1]\d|\d)`,
	'I': `(?P<I>1[0-2]|0[1-9]|[1-9])`,
	'G': `(?P<G>\d\d\d\d)`,
	'j': `(?P<j>36[0-6]|3[0-5]\d|[12]\d\d|0[1-9]\d|00[1-9]|[1-9]\d|0[1-9]|[1-9])`,
	'm': `(?P<m>1[0-2]|0[1-9]|[1-9])`,
	'M': `(?P<M>[0-5]\d|\d)`,
	'S': `(?P<S>6[0-1]|[0-5]\d|\d)`,
	'U': `(?P<U>5[0-3]|[0-4]\d|\d)`,
	'w': `(?P<w>[0-6])`,
	'u': `(?P<u>[1-7])`,
	'V': `(?P<V>5[0-3]|0[1-9]|[1-4]\d|\d)`,
	'y': `(?P<y>\d\d)`,
	'Y': `(?P<Y>\d\d\d\d)`,
	'z': `(?P<z>[+-]\d\d:?[0-5]\d(:?[0-5]\d(\.\d{1,6})?)?|Z)`,
	'A': `(?P<A>monday|tuesday|wednesday|thursday|friday|saturday|sunday)`,
	'a': `(?P<a>mon|tue|wed|thu|fri|sat|sun)`,
	'B': `(?P<B>january|february|march|april|may|june|july|august|september|october|november|december)`,
	'b': `(?P<b>jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)`,
	'p': `(?P<p>am|pm)`,
	'%': `%`,
}

// strptimePattern is TimeRE.pattern: the format's regular expression.
func (md *module) strptimePattern(format string, seen map[byte]bool) (string, string) {
	var b strings.Builder
	for i := 0; i < len(format); i++ {
		c := format[i]
		if c == '%' {
			if i+1 >= len(format) {
				return "", fmt.Sprintf("stray %% in format '%s'", format)
			}
			i++
			d := format[i]
			switch d {
			case 'c':
				p, e := md.strptimePattern("%a %b %d %H:%M:%S %Y", seen)
				if e != "" {
					return "", e
				}
				b.WriteString(p)
				continue
			case 'x':
				p, _ := md.strptimePattern("%m/%d/%y", seen)
				b.WriteString(p)
				continue
			case 'X':
				p, _ := md.strptimePattern("%H:%M:%S", seen)
				b.WriteString(p)
				continue
			case 'W':
				b.WriteString(`(?P<W>5[0-3]|[0-4]\d|\d)`)
				continue
			case 'Z':
				names := []string{"utc", "gmt"}
				jn, _ := gotime.Date(2000, 1, 1, 0, 0, 0, 0, md.loc).Zone()
				jl, _ := gotime.Date(2000, 7, 1, 0, 0, 0, 0, md.loc).Zone()
				names = append(names, strings.ToLower(jn), strings.ToLower(jl))
				b.WriteString(`(?P<Z>` + strings.Join(names, "|") + `)`)
				continue
			}
			re, ok := strptimeDirectives[d]
			if !ok {
				return "", fmt.Sprintf("'%c' is a bad directive in format '%s'", d, format)
			}
			if seen[d] && d != '%' {
				// Python's re rejects a redefined group name.
				return "", fmt.Sprintf("redefinition of group name '%c' as group %d", d, len(seen)+1)
			}
			if d != '%' {
				seen[d] = true
			}
			b.WriteString(re)
			continue
		}
		switch {
		case c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v':
			for i+1 < len(format) && strings.IndexByte(" \t\n\r\f\v", format[i+1]) >= 0 {
				i++
			}
			b.WriteString(`\s+`)
		default:
			b.WriteString(regexp.QuoteMeta(string(c)))
		}
	}
	return b.String(), ""
}

func (md *module) strptime(rt *object.Runtime, data, format string) (tm, bool) {
	var r tm
	pat, errMsg := md.strptimePattern(format, map[byte]bool{})
	if errMsg != "" {
		rt.Raise("ValueError", "%s", errMsg)
		return r, false
	}
	re, err := regexp.Compile("(?i)^(?:" + pat + ")")
	if err != nil {
		rt.Raise("ValueError", "%s", err.Error())
		return r, false
	}
	m := re.FindStringSubmatchIndex(data)
	if m == nil {
		rt.Raise("ValueError", "time data %s does not match format %s", pyRepr(data), pyRepr(format))
		return r, false
	}
	if m[1] != len(data) {
		rt.Raise("ValueError", "unconverted data remains: %s", data[m[1]:])
		return r, false
	}
	found := map[string]string{}
	var order []string
	for i, name := range re.SubexpNames() {
		if name != "" && m[2*i] >= 0 {
			found[name] = data[m[2*i]:m[2*i+1]]
			order = append(order, name)
		}
	}
	year := -1
	month, day, hour, minute, second := 1, 1, 0, 0, 0
	tz := -1
	weekOfYear, weekStart := -1, -1
	weekday, julian := -1, -1
	var gmtoff *int
	atoi := func(s string) int { n, _ := strconv.Atoi(strings.TrimSpace(s)); return n }
	index := func(list []string, s string) int {
		for i, x := range list {
			if strings.EqualFold(x, s) {
				return i
			}
		}
		return -1
	}
	for _, k := range order {
		v := found[k]
		switch k {
		case "y":
			year = atoi(v)
			if year <= 68 {
				year += 2000
			} else {
				year += 1900
			}
		case "Y":
			year = atoi(v)
		case "m":
			month = atoi(v)
		case "B":
			month = index(fullMonths, v) + 1
		case "b":
			month = index(monNames, v) + 1
		case "d":
			day = atoi(v)
		case "H":
			hour = atoi(v)
		case "I":
			hour = atoi(v)
			ampm := strings.ToLower(found["p"])
			if ampm == "" || ampm == "am" {
				if hour == 12 {
					hour = 0
				}
			} else if ampm == "pm" && hour != 12 {
				hour += 12
			}
		case "M":
			minute = atoi(v)
		case "S":
			second = atoi(v)
		case "A":
			weekday = index(fullDays, v)
		case "a":
			weekday = index(dayNames, v)
		case "w":
			weekday = atoi(v)
			if weekday == 0 {
				weekday = 6
			} else {
				weekday--
			}
		case "u":
			weekday = atoi(v) - 1
		case "j":
			julian = atoi(v)
		case "U", "W":
			weekOfYear = atoi(v)
			if k == "U" {
				weekStart = 6
			} else {
				weekStart = 0
			}
		case "z":
			if v == "Z" || v == "z" {
				z := 0
				gmtoff = &z
				continue
			}
			s := strings.ReplaceAll(v, ":", "")
			hours, _ := strconv.Atoi(s[1:3])
			mins, _ := strconv.Atoi(s[3:5])
			secs := 0
			if len(s) >= 7 {
				secs, _ = strconv.Atoi(s[5:7])
			}
			z := (hours*60+mins)*60 + secs
			if s[0] == '-' {
				z = -z
			}
			gmtoff = &z
		case "Z":
			fz := strings.ToLower(v)
			jn, _ := gotime.Date(2000, 1, 1, 0, 0, 0, 0, md.loc).Zone()
			jl, _ := gotime.Date(2000, 7, 1, 0, 0, 0, 0, md.loc).Zone()
			switch {
			case fz == strings.ToLower(jn) || fz == "utc" || fz == "gmt":
				tz = 0
			case fz == strings.ToLower(jl):
				tz = 1
			}
		}
	}
	leapFix := false
	if year == -1 && month == 2 && day == 29 {
		year, leapFix = 1904, true
	} else if year == -1 {
		year = 1900
	}
	if julian == -1 && weekday != -1 && weekOfYear != -1 {
		// _calc_julian_from_U_or_W
		firstWeekday := int(gotime.Date(year, 1, 1, 0, 0, 0, 0, gotime.UTC).Weekday()+6) % 7
		if weekStart == 6 {
			firstWeekday = (firstWeekday + 1) % 7
			weekday = (weekday + 1) % 7
		}
		weekZeroLen := 7 - firstWeekday
		if weekOfYear == 0 {
			julian = 1 + weekday - firstWeekday
		} else {
			julian = weekZeroLen + 7*(weekOfYear-1) + 1 + weekday
		}
		if weekStart == 6 {
			weekday = (weekday + 6) % 7
		}
		if julian <= 0 {
			year--
			if isLeap(year) {
				julian += 366
			} else {
				julian += 365
			}
		}
	}
	var date gotime.Time
	if julian == -1 {
		if month < 1 || month > 12 {
			rt.Raise("ValueError", "month must be in 1..12")
			return r, false
		}
		dim := gotime.Date(year, gotime.Month(month)+1, 0, 0, 0, 0, 0, gotime.UTC).Day()
		if day < 1 || day > dim {
			rt.Raise("ValueError", "day is out of range for month")
			return r, false
		}
		date = gotime.Date(year, gotime.Month(month), day, 0, 0, 0, 0, gotime.UTC)
		julian = date.YearDay()
	} else {
		date = gotime.Date(year, 1, 1, 0, 0, 0, 0, gotime.UTC).AddDate(0, 0, julian-1)
		year, month, day = date.Year(), int(date.Month()), date.Day()
	}
	if weekday == -1 {
		weekday = (int(date.Weekday()) + 6) % 7
	}
	if leapFix {
		year = 1900
	}
	r = tm{year: year, mon: month, mday: day, hour: hour, min: minute, sec: second, wday: weekday, yday: julian, isdst: tz}
	if z, ok := found["Z"]; ok {
		r.zone, r.hasZone = z, true
	}
	if gmtoff != nil {
		r.gmtoff = *gmtoff
		r.hasGmtoff = true
	}
	return r, true
}

// pyRepr is repr() of a str with only printable ASCII and common escapes.
func pyRepr(s string) string {
	q := "'"
	if strings.Contains(s, "'") && !strings.Contains(s, `"`) {
		q = `"`
	}
	var b strings.Builder
	b.WriteString(q)
	for _, c := range s {
		switch {
		case c == '\\':
			b.WriteString(`\\`)
		case c == '\n':
			b.WriteString(`\n`)
		case c == '\t':
			b.WriteString(`\t`)
		case c == '\r':
			b.WriteString(`\r`)
		case string(c) == q:
			b.WriteString(`\` + q)
		case c < 32 || c == 127:
			b.WriteString(fmt.Sprintf(`\x%02x`, c))
		default:
			b.WriteRune(c)
		}
	}
	b.WriteString(q)
	return b.String()
}
