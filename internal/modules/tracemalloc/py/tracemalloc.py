"""Trace memory allocations: pyheap's own tracemalloc module.

The tracing itself is done by _tracemalloc (written in Go over the private
heap's allocation hook, internal/modules/tracemalloc); this module gives the
traces CPython 3.11's Python API: snapshots, filters, statistics grouped by
traceback, file or line, and differences between snapshots.
"""

from _tracemalloc import (
    start, stop, is_tracing, clear_traces, get_traceback_limit,
    get_traced_memory, reset_peak, get_tracemalloc_memory,
    _get_object_traceback, _get_traces,
)

__all__ = ["Filter", "DomainFilter", "Frame", "Traceback", "Trace",
           "Statistic", "StatisticDiff", "Snapshot", "start", "stop",
           "is_tracing", "clear_traces", "get_traceback_limit",
           "get_traced_memory", "reset_peak", "get_tracemalloc_memory",
           "get_object_traceback", "take_snapshot"]

_UNITS = ("B", "KiB", "MiB", "GiB", "TiB")


def _format_size(size, sign):
    # Three significant digits with one decimal below 100 of a unit (past bytes),
    # whole numbers up to 10 KiB of a unit, then the next unit up.
    for i, unit in enumerate(_UNITS):
        if unit != "B" and abs(size) < 100:
            return ("%+.1f %s" if sign else "%.1f %s") % (size, unit)
        if abs(size) < 10 * 1024 or i == len(_UNITS) - 1:
            return ("%+.0f %s" if sign else "%.0f %s") % (size, unit)
        size /= 1024


class Frame:
    """One frame of a traceback: a file name and a line number."""

    __slots__ = ("_frame",)

    def __init__(self, frame):
        # frame is a (filename, lineno) tuple
        self._frame = frame

    @property
    def filename(self):
        return self._frame[0]

    @property
    def lineno(self):
        return self._frame[1]

    def __eq__(self, other):
        if not isinstance(other, Frame):
            return NotImplemented
        return self._frame == other._frame

    def __ne__(self, other):
        if not isinstance(other, Frame):
            return NotImplemented
        return self._frame != other._frame

    def __lt__(self, other):
        if not isinstance(other, Frame):
            return NotImplemented
        return self._frame < other._frame

    def __le__(self, other):
        if not isinstance(other, Frame):
            return NotImplemented
        return self._frame <= other._frame

    def __gt__(self, other):
        if not isinstance(other, Frame):
            return NotImplemented
        return self._frame > other._frame

    def __ge__(self, other):
        if not isinstance(other, Frame):
            return NotImplemented
        return self._frame >= other._frame

    def __hash__(self):
        return hash(self._frame)

    def __str__(self):
        return "%s:%s" % (self.filename, self.lineno)

    def __repr__(self):
        return "<Frame filename=%r lineno=%r>" % (self.filename, self.lineno)


def _read_line(filename, lineno):
    # The source line a frame points at, or "" (linecache's behaviour, without
    # its cache).
    try:
        with open(filename, encoding="utf-8", errors="replace") as f:
            for i, line in enumerate(f, 1):
                if i == lineno:
                    return line
    except (OSError, ValueError):
        pass
    return ""


class Traceback:
    """The frames an allocation happened in, oldest first, as a sequence of
    Frame."""

    __slots__ = ("_frames", "_total_nframe")

    def __init__(self, frames, total_nframe=None):
        # _tracemalloc gives the most recent frame first; this API wants it last.
        self._frames = tuple(reversed(frames))
        self._total_nframe = total_nframe

    @property
    def total_nframe(self):
        return self._total_nframe

    def __len__(self):
        return len(self._frames)

    def __getitem__(self, index):
        if isinstance(index, slice):
            return tuple(Frame(f) for f in self._frames[index])
        return Frame(self._frames[index])

    def __iter__(self):
        for f in self._frames:
            yield Frame(f)

    def __reversed__(self):
        for f in reversed(self._frames):
            yield Frame(f)

    def __contains__(self, frame):
        return isinstance(frame, Frame) and frame._frame in self._frames

    def index(self, frame):
        return self._frames.index(frame._frame)

    def count(self, frame):
        return self._frames.count(frame._frame)

    def __hash__(self):
        return hash(self._frames)

    def __eq__(self, other):
        if not isinstance(other, Traceback):
            return NotImplemented
        return self._frames == other._frames

    def __ne__(self, other):
        if not isinstance(other, Traceback):
            return NotImplemented
        return self._frames != other._frames

    def __lt__(self, other):
        if not isinstance(other, Traceback):
            return NotImplemented
        return self._frames < other._frames

    def __le__(self, other):
        if not isinstance(other, Traceback):
            return NotImplemented
        return self._frames <= other._frames

    def __gt__(self, other):
        if not isinstance(other, Traceback):
            return NotImplemented
        return self._frames > other._frames

    def __ge__(self, other):
        if not isinstance(other, Traceback):
            return NotImplemented
        return self._frames >= other._frames

    def __str__(self):
        return str(self[0])

    def __repr__(self):
        text = "<Traceback %s" % (tuple(self),)
        if self._total_nframe is None:
            return text + ">"
        return text + " total_nframe=%s>" % self.total_nframe

    def format(self, limit=None, most_recent_first=False):
        frames = list(self)
        if limit is not None:
            frames = frames[-limit:] if limit > 0 else frames[:limit]
        if most_recent_first:
            frames.reverse()
        lines = []
        for frame in frames:
            lines.append('  File "%s", line %s' % (frame.filename, frame.lineno))
            source = _read_line(frame.filename, frame.lineno).strip()
            if source:
                lines.append("    %s" % source)
        return lines


def get_object_traceback(obj):
    """Get the traceback where the Python object obj was allocated, or None if
    it was not traced (allocated before tracing started, or from a free list)."""
    frames = _get_object_traceback(obj)
    if frames is None:
        return None
    return Traceback(frames)


class Trace:
    """One traced memory block."""

    __slots__ = ("_trace",)

    def __init__(self, trace):
        # trace is (domain, size, traceback frames, total_nframe)
        self._trace = trace

    @property
    def domain(self):
        return self._trace[0]

    @property
    def size(self):
        return self._trace[1]

    @property
    def traceback(self):
        return Traceback(*self._trace[2:])

    def __eq__(self, other):
        if not isinstance(other, Trace):
            return NotImplemented
        return self._trace == other._trace

    def __hash__(self):
        return hash(self._trace)

    def __str__(self):
        return "%s: %s" % (self.traceback, _format_size(self.size, False))

    def __repr__(self):
        return "<Trace domain=%s size=%s, traceback=%r>" % (
            self.domain, _format_size(self.size, False), self.traceback)


class _Traces:
    """The traces of a snapshot, as a sequence of Trace."""

    def __init__(self, traces):
        self._traces = traces

    def __len__(self):
        return len(self._traces)

    def __getitem__(self, index):
        if isinstance(index, slice):
            return tuple(Trace(t) for t in self._traces[index])
        return Trace(self._traces[index])

    def __iter__(self):
        for t in self._traces:
            yield Trace(t)

    def __contains__(self, trace):
        return isinstance(trace, Trace) and trace._trace in self._traces

    def __eq__(self, other):
        if not isinstance(other, _Traces):
            return NotImplemented
        return self._traces == other._traces

    def __repr__(self):
        return "<Traces len=%s>" % len(self)


class Statistic:
    """Memory allocated at one place: total size and number of blocks."""

    __slots__ = ("traceback", "size", "count")

    def __init__(self, traceback, size, count):
        self.traceback = traceback
        self.size = size
        self.count = count

    def _key(self):
        return (self.traceback, self.size, self.count)

    def __hash__(self):
        return hash(self._key())

    def __eq__(self, other):
        if not isinstance(other, Statistic):
            return NotImplemented
        return self._key() == other._key()

    def __str__(self):
        text = "%s: size=%s, count=%i" % (
            self.traceback, _format_size(self.size, False), self.count)
        if self.count:
            text += ", average=%s" % _format_size(self.size / self.count, False)
        return text

    def __repr__(self):
        return "<Statistic traceback=%r size=%i count=%i>" % (
            self.traceback, self.size, self.count)

    def _sort_key(self):
        return (self.size, self.count, self.traceback)


class StatisticDiff:
    """The difference of memory allocated at one place between two snapshots."""

    __slots__ = ("traceback", "size", "size_diff", "count", "count_diff")

    def __init__(self, traceback, size, size_diff, count, count_diff):
        self.traceback = traceback
        self.size = size
        self.size_diff = size_diff
        self.count = count
        self.count_diff = count_diff

    def _key(self):
        return (self.traceback, self.size, self.size_diff, self.count, self.count_diff)

    def __hash__(self):
        return hash(self._key())

    def __eq__(self, other):
        if not isinstance(other, StatisticDiff):
            return NotImplemented
        return self._key() == other._key()

    def __str__(self):
        text = "%s: size=%s (%s), count=%i (%+i)" % (
            self.traceback,
            _format_size(self.size, False), _format_size(self.size_diff, True),
            self.count, self.count_diff)
        if self.count:
            text += ", average=%s" % _format_size(self.size / self.count, False)
        return text

    def __repr__(self):
        return "<StatisticDiff traceback=%r size=%i (%+i) count=%i (%+i)>" % (
            self.traceback, self.size, self.size_diff, self.count, self.count_diff)

    def _sort_key(self):
        return (abs(self.size_diff), self.size, abs(self.count_diff),
                self.count, self.traceback)


def _normalize_filename(filename):
    if filename.endswith(".pyc"):
        return filename[:-1]
    return filename


def _fnmatch(name, pattern):
    # Shell-style matching, case-sensitive as on POSIX: * ? [seq] [!seq].
    return _match_from(name, 0, pattern, 0)


def _match_from(name, i, pattern, j):
    while j < len(pattern):
        c = pattern[j]
        if c == "*":
            while j < len(pattern) and pattern[j] == "*":
                j += 1
            if j == len(pattern):
                return True
            for k in range(i, len(name) + 1):
                if _match_from(name, k, pattern, j):
                    return True
            return False
        if i >= len(name):
            return False
        if c == "?":
            i += 1
            j += 1
            continue
        if c == "[":
            end = pattern.find("]", j + 2 if pattern[j + 1:j + 2] in ("!", "]") else j + 1)
            if end < 0:
                # No closing bracket: a literal "[".
                if name[i] != "[":
                    return False
                i += 1
                j += 1
                continue
            body = pattern[j + 1:end]
            negate = body.startswith("!")
            if negate:
                body = body[1:]
            hit = False
            k = 0
            while k < len(body):
                if k + 2 < len(body) and body[k + 1] == "-":
                    if body[k] <= name[i] <= body[k + 2]:
                        hit = True
                    k += 3
                else:
                    if body[k] == name[i]:
                        hit = True
                    k += 1
            if hit == negate:
                return False
            i += 1
            j = end + 1
            continue
        if name[i] != c:
            return False
        i += 1
        j += 1
    return i == len(name)


class BaseFilter:
    def __init__(self, inclusive):
        self.inclusive = inclusive

    def _match(self, trace):
        raise NotImplementedError


class Filter(BaseFilter):
    """Keep (inclusive) or drop the traces whose file name matches a pattern,
    optionally at one line, looking at the most recent frame or at all."""

    def __init__(self, inclusive, filename_pattern, lineno=None, all_frames=False, domain=None):
        super().__init__(inclusive)
        self.inclusive = inclusive
        self._filename_pattern = _normalize_filename(filename_pattern)
        self.lineno = lineno
        self.all_frames = all_frames
        self.domain = domain

    @property
    def filename_pattern(self):
        return self._filename_pattern

    def _matches_frame(self, filename, lineno):
        filename = _normalize_filename(filename)
        if not _fnmatch(filename, self._filename_pattern):
            return False
        return self.lineno is None or lineno == self.lineno

    def _match_traceback(self, frames):
        if self.all_frames:
            if any(self._matches_frame(f, n) for f, n in frames):
                return self.inclusive
            return not self.inclusive
        filename, lineno = frames[0]
        return self._matches_frame(filename, lineno) ^ (not self.inclusive)

    def _match(self, trace):
        domain, size, frames, total_nframe = trace
        matched = self._match_traceback(frames)
        if self.domain is None:
            return matched
        if self.inclusive:
            return matched and domain == self.domain
        return matched or domain != self.domain


class DomainFilter(BaseFilter):
    """Keep (inclusive) or drop the traces of one address-space domain."""

    def __init__(self, inclusive, domain):
        super().__init__(inclusive)
        self._domain = domain

    @property
    def domain(self):
        return self._domain

    def _match(self, trace):
        domain = trace[0]
        return (domain == self.domain) ^ (not self.inclusive)


class Snapshot:
    """The traces of the memory blocks allocated by Python at one moment."""

    def __init__(self, traces, traceback_limit):
        # traces is a list of (domain, size, frames, total_nframe) tuples
        self.traces = _Traces(traces)
        self.traceback_limit = traceback_limit

    def dump(self, filename):
        """Write the snapshot into a file."""
        with open(filename, "w", encoding="utf-8") as f:
            f.write("pyheap-tracemalloc-snapshot 1\n")
            f.write(repr(self.traceback_limit) + "\n")
            for trace in self.traces._traces:
                f.write(repr(trace) + "\n")

    @staticmethod
    def load(filename):
        """Load a snapshot written by dump()."""
        with open(filename, encoding="utf-8") as f:
            lines = f.read().splitlines()
        if not lines or lines[0] != "pyheap-tracemalloc-snapshot 1":
            raise ValueError("%r is not a tracemalloc snapshot written by pyheap" % (filename,))
        limit = int(lines[1])
        traces = [eval(line, {"__builtins__": {}}) for line in lines[2:]]
        return Snapshot(traces, limit)

    def _keep(self, include, exclude, trace):
        if include and not any(f._match(trace) for f in include):
            return False
        return all(f._match(trace) for f in exclude)

    def filter_traces(self, filters):
        """A new Snapshot with the traces that pass filters (a list of Filter and
        DomainFilter); with no filters, a copy."""
        try:
            filters = list(filters)
        except TypeError:
            raise TypeError("filters must be a list of filters, not %s"
                            % type(filters).__name__) from None
        if not filters:
            return Snapshot(list(self.traces._traces), self.traceback_limit)
        include = [f for f in filters if f.inclusive]
        exclude = [f for f in filters if not f.inclusive]
        kept = [t for t in self.traces._traces if self._keep(include, exclude, t)]
        return Snapshot(kept, self.traceback_limit)

    def _group_by(self, key_type, cumulative):
        if key_type not in ("traceback", "filename", "lineno"):
            raise ValueError("unknown key_type: %r" % (key_type,))
        if cumulative and key_type not in ("lineno", "filename"):
            raise ValueError("cumulative mode cannot by used with key type %r" % key_type)

        def key_frames(frames):
            if key_type == "traceback":
                return frames
            if key_type == "lineno":
                return frames[:1]
            return ((frames[0][0], 0),)

        stats = {}
        made = {}

        def add(raw, size):
            tb = made.get(raw)
            if tb is None:
                tb = made[raw] = Traceback(raw)
            stat = stats.get(tb)
            if stat is None:
                stats[tb] = Statistic(tb, size, 1)
            else:
                stat.size += size
                stat.count += 1

        for domain, size, frames, total_nframe in self.traces._traces:
            if cumulative:
                # Every frame of the traceback counts the block once.
                for frame in frames:
                    add((frame,) if key_type == "lineno" else ((frame[0], 0),), size)
            else:
                add(key_frames(frames), size)
        return stats

    def statistics(self, key_type, cumulative=False):
        """Statistics on the traces, grouped by key_type ('traceback', 'filename'
        or 'lineno'), biggest first."""
        stats = list(self._group_by(key_type, cumulative).values())
        stats.sort(reverse=True, key=Statistic._sort_key)
        return stats

    def compare_to(self, old_snapshot, key_type, cumulative=False):
        """The differences from old_snapshot, grouped by key_type, biggest change
        first."""
        new = self._group_by(key_type, cumulative)
        old = old_snapshot._group_by(key_type, cumulative)
        diffs = []
        for tb, stat in new.items():
            before = old.pop(tb, None)
            if before is None:
                diffs.append(StatisticDiff(tb, stat.size, stat.size, stat.count, stat.count))
            else:
                diffs.append(StatisticDiff(tb, stat.size, stat.size - before.size,
                                           stat.count, stat.count - before.count))
        for tb, stat in old.items():
            diffs.append(StatisticDiff(tb, 0, -stat.size, 0, -stat.count))
        diffs.sort(reverse=True, key=StatisticDiff._sort_key)
        return diffs


def take_snapshot():
    """Take a snapshot of the traces of the memory blocks Python allocated."""
    if not is_tracing():
        raise RuntimeError("the tracemalloc module must be tracing memory "
                           "allocations to take a snapshot")
    return Snapshot(_get_traces(), get_traceback_limit())
